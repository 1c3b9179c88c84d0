-- The funnel's most frequent validation errors over a period, counted from this index alone. Built
-- without locking the table's writes (so outside a transaction, alone in its migration).
CREATE INDEX CONCURRENTLY "FormEvent_validation_error_idx" ON "FormEvent"("form", "createdAt", "field", "message", "sessionId") WHERE ("type" = 'VALIDATION_ERROR'::"FormEventType");
