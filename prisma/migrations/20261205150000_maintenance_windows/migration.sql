-- Maintenance windows on published services (once or recurring), and alerts they silence.
-- CreateEnum
CREATE TYPE "MaintenanceRecurrence" AS ENUM ('NONE', 'DAILY', 'WEEKLY', 'MONTHLY');

-- AlterEnum
ALTER TYPE "AlertStatus" ADD VALUE 'SUPPRESSED' AFTER 'RESOLVED';

-- AlterTable
ALTER TABLE "Alert" ADD COLUMN     "maintenanceId" TEXT;

-- CreateTable
CREATE TABLE "MaintenanceWindow" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "message" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "recurrence" "MaintenanceRecurrence" NOT NULL DEFAULT 'NONE',
    "repeatUntil" DATE,
    "excludeFromUptime" BOOLEAN NOT NULL DEFAULT false,
    "cancelledAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MaintenanceWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenanceService" (
    "maintenanceId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,

    CONSTRAINT "MaintenanceService_pkey" PRIMARY KEY ("maintenanceId","serviceId")
);

-- CreateIndex
CREATE INDEX "MaintenanceWindow_cancelledAt_startsAt_idx" ON "MaintenanceWindow"("cancelledAt", "startsAt");

-- CreateIndex
CREATE INDEX "MaintenanceWindow_createdById_idx" ON "MaintenanceWindow"("createdById");

-- CreateIndex
CREATE INDEX "MaintenanceService_serviceId_idx" ON "MaintenanceService"("serviceId");

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_maintenanceId_fkey" FOREIGN KEY ("maintenanceId") REFERENCES "MaintenanceWindow"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;

-- AddForeignKey
ALTER TABLE "MaintenanceWindow" ADD CONSTRAINT "MaintenanceWindow_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceService" ADD CONSTRAINT "MaintenanceService_maintenanceId_fkey" FOREIGN KEY ("maintenanceId") REFERENCES "MaintenanceWindow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintenanceService" ADD CONSTRAINT "MaintenanceService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "StatusService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

