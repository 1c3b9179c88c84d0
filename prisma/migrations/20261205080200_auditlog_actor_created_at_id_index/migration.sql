-- The audit log filtered by actor, in page order.
CREATE INDEX CONCURRENTLY "AuditLog_actorId_createdAt_id_idx" ON "AuditLog"("actorId", "createdAt", "id");
