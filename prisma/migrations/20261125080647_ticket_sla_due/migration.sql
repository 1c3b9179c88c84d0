-- AlterTable
ALTER TABLE "CRMTicket" ADD COLUMN     "slaDueAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "CRMTicket_slaDueAt_idx" ON "CRMTicket"("slaDueAt");

-- CreateIndex
CREATE INDEX "CRMTicket_updatedAt_idx" ON "CRMTicket"("updatedAt");

-- Backfill: the deadline each existing ticket is running on.
UPDATE "CRMTicket" SET "slaDueAt" = CASE
  WHEN "status" IN ('RESOLVED', 'CLOSED') OR "pausedAt" IS NOT NULL THEN NULL
  WHEN "firstRespondedAt" IS NULL THEN "firstResponseDueAt"
  ELSE "resolutionDueAt"
END;
