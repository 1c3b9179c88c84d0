-- The same inbound email delivered twice makes one reply.
CREATE UNIQUE INDEX CONCURRENTLY "TicketComment_emailMessageId_key" ON "TicketComment"("emailMessageId");
