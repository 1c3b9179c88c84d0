-- Replaced by CRMLead_wonAt_stage_createdAt_valueCents_idx, which begins with the same column.
DROP INDEX CONCURRENTLY "CRMLead_wonAt_idx";
