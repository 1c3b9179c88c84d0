-- Leads won in a period, with their stage, creation and value: counted and summed from the index alone.
CREATE INDEX CONCURRENTLY "CRMLead_wonAt_stage_createdAt_valueCents_idx" ON "CRMLead"("wonAt", "stage", "createdAt", "valueCents");
