-- One record's history (ids are unique across types), in page order.
CREATE INDEX CONCURRENTLY "AuditLog_entityId_createdAt_id_idx" ON "AuditLog"("entityId", "createdAt", "id");
