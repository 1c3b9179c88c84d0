-- The audit log filtered by action, in page order.
CREATE INDEX CONCURRENTLY "AuditLog_action_createdAt_id_idx" ON "AuditLog"("action", "createdAt", "id");
