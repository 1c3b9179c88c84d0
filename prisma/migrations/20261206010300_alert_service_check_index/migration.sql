-- The alerts raised on a monitor (its deletion unlinks them).
CREATE INDEX CONCURRENTLY "Alert_serviceCheckId_idx" ON "Alert"("serviceCheckId");
