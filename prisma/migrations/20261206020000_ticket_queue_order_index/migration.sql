-- The ticket queue's default order: its first page read from the index, not by sorting every ticket.
CREATE INDEX CONCURRENTLY "CRMTicket_resolvedAt_slaDueAt_priority_createdAt_id_idx" ON "CRMTicket"("resolvedAt" DESC, "slaDueAt", "priority" DESC, "createdAt" DESC, "id" DESC);
