-- CreateIndex
CREATE INDEX "CRMLead_lostAt_idx" ON "CRMLead"("lostAt");

-- CreateIndex
CREATE INDEX "CRMLead_stage_valueCents_idx" ON "CRMLead"("stage", "valueCents");
