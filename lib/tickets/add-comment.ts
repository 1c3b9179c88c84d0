import "server-only";
import { writeAudit } from "../audit";
import { can, scopeOf } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import type { PendingNotification } from "../notifications/notify";
import { publishTicketChange } from "./events";
import type { CommentCreate } from "./schemas";
import { queueTicketReplyEmail } from "./reply-email";
import { nextClock, type TicketStatusName } from "./sla";
import { clockColumns, clockOf, lockTicket, notifyCustomer, notifyStaff, ticketWatchers, type TicketRow } from "./ticket-rows";

/** A customer's reply brings a waiting or resolved ticket back to the team. */
function statusAfterCustomerReply(ticket: TicketRow): TicketStatusName | undefined {
  if (ticket.status === "WAITING_CUSTOMER") return ticket.assigneeId ? "IN_PROGRESS" : "OPEN";
  if (ticket.status === "RESOLVED") return "OPEN";
  return undefined;
}

/**
 * Adds a public reply or an internal note. Customers write public replies on
 * their own open tickets only; an internal note from anyone but staff is
 * refused. The first public reply from staff stops the first-response clock;
 * staff may set the status in the same step (e.g. waiting for the customer).
 * A staff reply is emailed to the customer; `emailMessageId` marks a reply that came in by email.
 */
export async function addComment(actor: Actor, ticketId: string, input: CommentCreate, origin: { emailMessageId?: string } = {}) {
  assertCan(actor, "tickets:comment");
  const staff = can(actor, "tickets:manage");
  if (input.internal && !staff) throw new AppError("FORBIDDEN", "Only staff write internal notes.", { internal: ["staffOnly"] });
  if (input.status && !staff) throw new AppError("FORBIDDEN", "Only staff change a ticket's status.", { status: ["staffOnly"] });
  let notifications: PendingNotification[] = [];
  let updated = false;
  const result = await db.$transaction(async (tx) => {
    const before = await lockTicket(tx, ticketId);
    if (scopeOf(actor, "tickets:comment") === "own" && before.customerId !== actor.id) {
      throw new AppError("NOT_FOUND", "This ticket does not exist.");
    }
    if (!staff && before.status === "CLOSED") {
      throw new AppError("CONFLICT", "This ticket is closed: open a new one.", { body: ["ticketClosed"] });
    }
    const status = staff ? input.status : statusAfterCustomerReply(before);
    const respond = staff && !input.internal;
    const now = new Date();
    let ticket = before;
    // An internal note alone leaves the ticket as it was: nothing a customer sees moves.
    if (respond || (status && status !== before.status)) {
      const clock = nextClock(clockOf(before), { respond, status }, now);
      ticket = await tx.cRMTicket.update({
        where: { id: ticketId },
        data: { ...clockColumns(clock), closedAt: clock.status === "CLOSED" ? (before.closedAt ?? now) : null },
      });
      updated = true;
    }
    const comment = await tx.ticketComment.create({
      data: {
        ticketId,
        authorId: actor.id,
        body: input.body,
        internal: input.internal,
        emailMessageId: origin.emailMessageId,
        createdAt: now,
      },
      select: { id: true, body: true, internal: true, createdAt: true, authorId: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: input.internal ? "ticket.note" : "ticket.reply",
      entity: "CRMTicket",
      entityId: ticketId,
      after: {
        commentId: comment.id,
        internal: comment.internal,
        status: ticket.status,
        ...(origin.emailMessageId ? { via: "email" } : {}),
      },
    });
    if (input.internal) {
      notifications = await notifyStaff(tx, ticket, await ticketWatchers(tx, ticket, actor.id), "TICKET_INTERNAL_NOTE");
    } else if (staff) {
      notifications = await notifyCustomer(tx, ticket, "TICKET_REPLY");
      await queueTicketReplyEmail(tx, ticket, comment);
    } else {
      notifications = await notifyStaff(tx, ticket, await ticketWatchers(tx, ticket, actor.id), "TICKET_REPLY");
    }
    if (staff && ticket.status !== before.status) notifications.push(...(await notifyCustomer(tx, ticket, "TICKET_STATUS")));
    return { comment, ticket };
  });
  await publishTicketChange({
    ticket: result.ticket,
    comment: { id: result.comment.id, internal: result.comment.internal },
    updated,
    notifications,
  });
  return { ...result.comment, ticket: { id: result.ticket.id, status: result.ticket.status } };
}
