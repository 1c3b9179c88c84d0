-- Superseded by AuditLog_createdAt_id_idx, which starts with the same column.
DROP INDEX CONCURRENTLY "AuditLog_createdAt_idx";
