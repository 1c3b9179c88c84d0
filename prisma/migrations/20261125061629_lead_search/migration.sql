-- Trigram indexes for the substring search of the leads list.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "CRMLead_name_trgm_idx" ON "CRMLead" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CRMLead_email_trgm_idx" ON "CRMLead" USING GIN ("email" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CRMLead_company_trgm_idx" ON "CRMLead" USING GIN ("company" gin_trgm_ops);
