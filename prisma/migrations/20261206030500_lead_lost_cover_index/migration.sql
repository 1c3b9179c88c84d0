-- Leads lost in a period, with their stage, creation and value: counted and summed from the index alone.
CREATE INDEX CONCURRENTLY "CRMLead_lostAt_stage_createdAt_valueCents_idx" ON "CRMLead"("lostAt", "stage", "createdAt", "valueCents");
