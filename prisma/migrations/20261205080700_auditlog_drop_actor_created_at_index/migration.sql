-- Superseded by AuditLog_actorId_createdAt_id_idx, which starts with the same columns.
DROP INDEX CONCURRENTLY "AuditLog_actorId_createdAt_idx";
