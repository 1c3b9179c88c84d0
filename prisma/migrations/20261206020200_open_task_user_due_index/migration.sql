-- A seller's own open tasks past due, counted from this index alone.
CREATE INDEX CONCURRENTLY "CRMActivity_open_task_user_due_idx" ON "CRMActivity"("userId", "dueAt") WHERE ((type = 'TASK'::"ActivityType") AND ("completedAt" IS NULL));
