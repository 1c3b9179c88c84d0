-- Replaced by CRMLead_createdAt_stage_source_valueCents_idx, which begins with the same column.
DROP INDEX CONCURRENTLY "CRMLead_createdAt_idx";
