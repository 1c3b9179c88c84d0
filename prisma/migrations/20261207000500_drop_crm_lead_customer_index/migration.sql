-- Replaced by "CRMLead_customerId_stage_idx", which begins with the same column.
DROP INDEX CONCURRENTLY "CRMLead_customerId_idx";
