-- Where a recipient's answer goes (a ticket's signed reply address); the comment an inbound email became.
ALTER TABLE "EmailMessage" ADD COLUMN "replyTo" TEXT;
ALTER TABLE "TicketComment" ADD COLUMN "emailMessageId" TEXT;
