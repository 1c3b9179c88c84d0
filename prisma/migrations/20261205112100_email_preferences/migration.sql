-- The optional mail each user receives (INCIDENTS is opt-in), and who an alert rule emails when it fires.
-- Constant defaults: existing rows take them without a table rewrite.
ALTER TABLE "User" ADD COLUMN "emailCategories" "EmailCategory"[] NOT NULL DEFAULT ARRAY['REQUESTS', 'TICKETS', 'STAFF', 'ALERTS']::"EmailCategory"[];
ALTER TABLE "AlertRule" ADD COLUMN "emailRoles" "Role"[] NOT NULL DEFAULT ARRAY['SUPPORT', 'ADMIN']::"Role"[];
