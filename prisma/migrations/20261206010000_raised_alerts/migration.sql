-- Alerts raised by staff or by an external system through the API (Prometheus Alertmanager among
-- them), beside those rules fire: such an alert has no rule and no measured value, but a title, its
-- source, and for an external one the key that later posts of the same problem update or resolve.
-- CreateEnum
CREATE TYPE "AlertSource" AS ENUM ('RULE', 'MANUAL', 'EXTERNAL');

-- AlterTable
-- ruleId and value become optional: the previous build never writes a null, but its alert list cannot
-- read an alert without a rule, so a rollback past this release deletes raised alerts first
-- (DELETE FROM "Alert" WHERE "ruleId" IS NULL).
ALTER TABLE "Alert" ADD COLUMN     "details" TEXT,
ADD COLUMN     "labels" JSONB,
ADD COLUMN     "link" TEXT,
ADD COLUMN     "raisedById" TEXT,
ADD COLUMN     "serviceCheckId" TEXT,
ADD COLUMN     "source" "AlertSource" NOT NULL DEFAULT 'RULE',
ADD COLUMN     "sourceKey" TEXT,
ADD COLUMN     "sourceName" TEXT,
ADD COLUMN     "title" TEXT,
-- squawk-ignore ban-drop-not-null
ALTER COLUMN "ruleId" DROP NOT NULL,
-- squawk-ignore ban-drop-not-null
ALTER COLUMN "value" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_serviceCheckId_fkey" FOREIGN KEY ("serviceCheckId") REFERENCES "ServiceCheck"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;
