import "server-only";
import type { Tx } from "../db";
import { queueEmails, recipientSelect, toRecipient } from "../mail/queue-email";
import type { PendingBreach } from "./sla";
import type { TicketRow } from "./ticket-rows";

/**
 * A new ticket reaches the support agents and its assignee by email (not whoever opened it), with
 * its subject, priority and customer; never a comment. One query reads them and the customer's name.
 */
export async function emailTicketOpened(tx: Tx, ticket: TicketRow, actorId: string): Promise<void> {
  const users = await tx.user.findMany({
    where: {
      OR: [
        { role: "SUPPORT", disabled: false },
        ...(ticket.assigneeId ? [{ id: ticket.assigneeId, disabled: false }] : []),
        { id: ticket.customerId },
      ],
    },
    select: recipientSelect,
  });
  const customer = users.find((user) => user.id === ticket.customerId);
  const readers = users.filter((user) => user.id !== ticket.customerId && user.id !== actorId);
  await queueEmails(tx, readers.map(toRecipient), {
    kind: "TICKET_OPENED",
    params: {
      ticketId: ticket.id,
      number: ticket.number,
      subject: ticket.subject,
      priority: ticket.priority,
      customer: customer?.name ?? "—",
    },
  });
}

/** A recorded SLA breach reaches the staff told of it (the assignee, or the support team while nobody owns it). */
export async function emailSlaBreach(tx: Tx, ticket: TicketRow, staffIds: string[], breach: PendingBreach): Promise<void> {
  if (staffIds.length === 0) return;
  const users = await tx.user.findMany({ where: { id: { in: staffIds }, disabled: false }, select: recipientSelect });
  await queueEmails(tx, users.map(toRecipient), {
    kind: "SLA_BREACH",
    params: {
      ticketId: ticket.id,
      number: ticket.number,
      subject: ticket.subject,
      phase: breach.phase,
      dueAt: breach.dueAt.toISOString(),
    },
  });
}
