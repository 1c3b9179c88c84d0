-- The audit log viewer pages newest first by (createdAt, id).
CREATE INDEX CONCURRENTLY "AuditLog_createdAt_id_idx" ON "AuditLog"("createdAt", "id");
