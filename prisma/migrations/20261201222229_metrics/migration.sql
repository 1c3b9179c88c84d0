-- CreateEnum
CREATE TYPE "MetricKind" AS ENUM ('PAGE', 'ACTION', 'API');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSeenAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MetricMinute" (
    "instance" TEXT NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "kind" "MetricKind" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "durationMs" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "buckets" INTEGER[],
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MetricMinute_pkey" PRIMARY KEY ("instance","minute","kind")
);

-- CreateIndex
CREATE INDEX "MetricMinute_minute_kind_idx" ON "MetricMinute"("minute", "kind");

-- CreateIndex
CREATE INDEX "User_lastSeenAt_idx" ON "User"("lastSeenAt");
