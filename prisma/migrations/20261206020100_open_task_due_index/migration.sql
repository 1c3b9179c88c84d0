-- Open tasks past due, counted from this index alone.
CREATE INDEX CONCURRENTLY "CRMActivity_open_task_due_idx" ON "CRMActivity"("dueAt") WHERE ((type = 'TASK'::"ActivityType") AND ("completedAt" IS NULL));
