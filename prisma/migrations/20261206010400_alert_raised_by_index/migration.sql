-- The alerts a user raised (their deletion unlinks them).
CREATE INDEX CONCURRENTLY "Alert_raisedById_idx" ON "Alert"("raisedById");
