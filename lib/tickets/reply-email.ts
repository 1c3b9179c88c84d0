import "server-only";
import type { Tx } from "../db";
import { env } from "../env";
import { ticketReference } from "../format";
import { queueEmail } from "../mail/queue-email";
import { replyAddressFor, signReplyToken } from "./reply-token";
import type { TicketRow } from "./ticket-rows";

/** Where the customer's answer to a ticket email goes: the reply mailbox, with a token for this ticket and customer. */
const ticketReplyAddress = (ticket: TicketRow) => replyAddressFor(env.mail.replyAddress, signReplyToken(env.mail.replyTokenKey, ticket));

/**
 * Emails a staff member's public reply to the ticket's customer, in their language, inside the
 * reply's transaction. Only ever called with a public reply's text: an internal note sends nothing.
 * The message replies to the ticket's signed address, so answering it adds to the ticket.
 */
export async function queueTicketReplyEmail(tx: Tx, ticket: TicketRow, reply: { body: string; authorId: string }): Promise<void> {
  const [customer, author] = await Promise.all([
    tx.user.findUnique({ where: { id: ticket.customerId }, select: { id: true, email: true, name: true, locale: true, disabled: true } }),
    tx.user.findUnique({ where: { id: reply.authorId }, select: { name: true } }),
  ]);
  if (!customer || customer.disabled) return;
  await queueEmail(tx, {
    to: customer.email,
    userId: customer.id,
    name: customer.name,
    locale: customer.locale,
    replyTo: ticketReplyAddress(ticket),
    kind: "TICKET_REPLY",
    params: {
      ticketId: ticket.id,
      reference: ticketReference(ticket.number),
      subject: ticket.subject,
      author: author?.name ?? "Orbite",
      reply: reply.body,
    },
  });
}
