-- The sessions whose first and last events fall on different days: the funnel reads them one by one,
-- and every other session of a whole day from that day's summary (FormDay). Built without locking the
-- table's writes (so outside a transaction, alone in its migration).
CREATE INDEX CONCURRENTLY "FormSession_multi_day_idx" ON "FormSession"("form", "firstAt") WHERE (date_trunc('day'::text, "firstAt") <> date_trunc('day'::text, "lastAt"));
