-- Leads created in a period, with their stage, source and value: counted and summed from the index alone.
CREATE INDEX CONCURRENTLY "CRMLead_createdAt_stage_source_valueCents_idx" ON "CRMLead"("createdAt", "stage", "source", "valueCents");
