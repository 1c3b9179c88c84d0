-- Alert channels, chosen per rule, and the alert outbox (one delivery per channel and event).
-- AlertRule.emailRoles is no longer used: each distinct set of roles becomes an EMAIL channel attached
-- to the rules that had it, so existing rules email the same people; the column is dropped next release.
-- CreateEnum
CREATE TYPE "AlertChannelKind" AS ENUM ('EMAIL', 'WEBHOOK', 'SLACK');

-- CreateEnum
CREATE TYPE "AlertDeliveryEvent" AS ENUM ('FIRED', 'RESOLVED', 'TEST');

-- CreateEnum
CREATE TYPE "AlertDeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'DELIVERED', 'FAILED');

-- CreateTable
CREATE TABLE "AlertChannel" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT,
    "kind" "AlertChannelKind" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "emailRoles" "Role"[] DEFAULT ARRAY[]::"Role"[],
    "url" TEXT,
    "secret" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "alertId" TEXT,
    "event" "AlertDeliveryEvent" NOT NULL,
    "status" "AlertDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "body" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "responseStatus" INTEGER,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AlertChannelUsers" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AlertChannelUsers_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AlertChannelToAlertRule" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AlertChannelToAlertRule_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "AlertChannel_name_idx" ON "AlertChannel"("name");

-- CreateIndex
CREATE INDEX "AlertDelivery_status_nextAttemptAt_idx" ON "AlertDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AlertDelivery_createdAt_id_idx" ON "AlertDelivery"("createdAt", "id");

-- CreateIndex
CREATE INDEX "AlertDelivery_channelId_createdAt_id_idx" ON "AlertDelivery"("channelId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "AlertDelivery_status_createdAt_id_idx" ON "AlertDelivery"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "AlertDelivery_alertId_idx" ON "AlertDelivery"("alertId");

-- CreateIndex
CREATE INDEX "_AlertChannelUsers_B_index" ON "_AlertChannelUsers"("B");

-- CreateIndex
CREATE INDEX "_AlertChannelToAlertRule_B_index" ON "_AlertChannelToAlertRule"("B");

-- AddForeignKey
ALTER TABLE "AlertChannel" ADD CONSTRAINT "AlertChannel_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "AlertChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AlertChannelUsers" ADD CONSTRAINT "_AlertChannelUsers_A_fkey" FOREIGN KEY ("A") REFERENCES "AlertChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AlertChannelUsers" ADD CONSTRAINT "_AlertChannelUsers_B_fkey" FOREIGN KEY ("B") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AlertChannelToAlertRule" ADD CONSTRAINT "_AlertChannelToAlertRule_A_fkey" FOREIGN KEY ("A") REFERENCES "AlertChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AlertChannelToAlertRule" ADD CONSTRAINT "_AlertChannelToAlertRule_B_fkey" FOREIGN KEY ("B") REFERENCES "AlertRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The default channel, support and admins by email, exists on every database (the seed attaches it to the default rules).
INSERT INTO "AlertChannel" ("id", "name", "nameKey", "kind", "enabled", "emailRoles", "updatedAt")
VALUES ('channel_staff_email', 'Support et admins', 'staffEmail', 'EMAIL', true, ARRAY['SUPPORT', 'ADMIN']::"Role"[], CURRENT_TIMESTAMP);

-- Any other set of roles ticked on a rule gets its channel, named after its roles.
INSERT INTO "AlertChannel" ("id", "name", "kind", "enabled", "emailRoles", "updatedAt")
SELECT 'channel_email_' || md5(array_to_string(roles, ',')), 'E-mail : ' || array_to_string(roles, ', '), 'EMAIL', true, roles, CURRENT_TIMESTAMP
FROM (SELECT DISTINCT "emailRoles" AS roles FROM "AlertRule" WHERE cardinality("emailRoles") > 0) AS sets
WHERE NOT (roles @> ARRAY['SUPPORT', 'ADMIN']::"Role"[] AND cardinality(roles) = 2);

INSERT INTO "_AlertChannelToAlertRule" ("A", "B")
SELECT CASE
         WHEN "emailRoles" @> ARRAY['SUPPORT', 'ADMIN']::"Role"[] AND cardinality("emailRoles") = 2 THEN 'channel_staff_email'
         ELSE 'channel_email_' || md5(array_to_string("emailRoles", ','))
       END,
       "id"
FROM "AlertRule"
WHERE cardinality("emailRoles") > 0;
