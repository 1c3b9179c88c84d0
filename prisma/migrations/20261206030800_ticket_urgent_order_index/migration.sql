-- Open tickets, most urgent first (the dashboard's list): read in order until it has enough.
CREATE INDEX CONCURRENTLY "CRMTicket_priority_resolutionDueAt_createdAt_status_idx" ON "CRMTicket"("priority" DESC, "resolutionDueAt", "createdAt", "status");
