-- AlterTable
ALTER TABLE "CRMTicket" ADD COLUMN     "firstResponseBreachedAt" TIMESTAMP(3),
ADD COLUMN     "resolutionBreachedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "CRMTicket_customerId_updatedAt_idx" ON "CRMTicket"("customerId", "updatedAt");

-- CreateIndex
CREATE INDEX "CRMTicket_priority_status_idx" ON "CRMTicket"("priority", "status");

-- Backfill: a recorded breach belongs to the first response when that came late (or never), else to the resolution.
UPDATE "CRMTicket" SET "firstResponseBreachedAt" = "firstResponseDueAt"
WHERE "slaBreachedAt" IS NOT NULL AND ("firstRespondedAt" IS NULL OR "firstRespondedAt" > "firstResponseDueAt");
UPDATE "CRMTicket" SET "resolutionBreachedAt" = "resolutionDueAt"
WHERE "slaBreachedAt" IS NOT NULL AND "firstResponseBreachedAt" IS NULL;
