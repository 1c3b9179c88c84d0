-- AlterTable
ALTER TABLE "AlertRule" ADD COLUMN     "lastEvaluatedAt" TIMESTAMP(3),
ADD COLUMN     "lastValue" DOUBLE PRECISION;
