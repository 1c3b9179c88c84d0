-- The alerts a maintenance window silenced.
CREATE INDEX CONCURRENTLY "Alert_maintenanceId_idx" ON "Alert"("maintenanceId");
