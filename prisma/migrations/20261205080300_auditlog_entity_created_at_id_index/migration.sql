-- The audit log filtered by entity type, in page order.
CREATE INDEX CONCURRENTLY "AuditLog_entity_createdAt_id_idx" ON "AuditLog"("entity", "createdAt", "id");
