-- Replaced by CRMLead_lostAt_stage_createdAt_valueCents_idx, which begins with the same column.
DROP INDEX CONCURRENTLY "CRMLead_lostAt_idx";
