-- A customer's won leads (their lifetime value, counted again by triggers after each write) found
-- from one index. With the customer alone, the planner may AND it with the stage's index, which
-- reads every won lead of the table once per customer: quadratic when a statement changes leads of
-- many customers (an import). Built without locking the table's writes, alone in its migration.
CREATE INDEX CONCURRENTLY "CRMLead_customerId_stage_idx" ON "CRMLead"("customerId", "stage");
