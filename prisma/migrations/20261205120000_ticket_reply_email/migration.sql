-- A staff member's public reply on a ticket, sent to its customer.
ALTER TYPE "EmailKind" ADD VALUE 'TICKET_REPLY' AFTER 'EMAIL_VERIFICATION';
