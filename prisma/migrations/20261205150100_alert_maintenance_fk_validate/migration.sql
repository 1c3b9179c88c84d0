-- The alerts-to-maintenance link, checked after the fact (every row is null) without blocking writes.
ALTER TABLE "Alert" VALIDATE CONSTRAINT "Alert_maintenanceId_fkey";
