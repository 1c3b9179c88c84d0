-- Superseded by AuditLog_entityId_createdAt_id_idx: an id names one record, whatever its type.
DROP INDEX CONCURRENTLY "AuditLog_entity_entityId_createdAt_idx";
