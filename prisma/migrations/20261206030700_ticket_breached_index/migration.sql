-- Open tickets past their deadline, counted by status from this index alone.
CREATE INDEX CONCURRENTLY "CRMTicket_breached_status_idx" ON "CRMTicket"("status") WHERE ("slaBreachedAt" IS NOT NULL);
