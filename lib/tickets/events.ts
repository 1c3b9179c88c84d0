import "server-only";
import { publishAll } from "../realtime/publish-all";
import { publishNotifications } from "../notifications/events";
import { type PendingNotification } from "../notifications/notify";
import { channels } from "../realtime/channels";

/** What a committed ticket write changed, for the realtime events that follow it. */
export type TicketChange = {
  ticket: { id: string; customerId: string };
  created?: boolean;
  /** Status, priority, assignment or SLA clock. */
  updated?: boolean;
  comment?: { id: string; internal: boolean };
  notifications?: readonly PendingNotification[];
};

/**
 * Publishes a ticket write after its commit. Events carry ids only, and pages
 * re-read through the scoped services, so no comment text travels here. An
 * internal note is announced on the staff channel alone: never on the
 * ticket's channel or the customer's, the two a customer may join.
 */
export async function publishTicketChange(change: TicketChange): Promise<void> {
  const { ticket } = change;
  const events: Parameters<typeof publishAll>[0][number][] = [];
  const ref = { id: ticket.id };
  const publicComment = change.comment && !change.comment.internal;
  if (change.comment?.internal) {
    events.push({
      channel: channels.staff,
      event: "ticket.comment",
      data: { ticketId: ticket.id, commentId: change.comment.id, internal: true },
    });
  }
  if (publicComment) {
    events.push({
      channel: channels.ticket(ticket.id),
      event: "ticket.comment",
      data: { ticketId: ticket.id, commentId: change.comment!.id },
    });
  }
  if (change.updated) events.push({ channel: channels.ticket(ticket.id), event: "ticket.updated", data: ref });
  if (change.created || change.updated || publicComment) {
    events.push({ channel: channels.staff, event: change.created ? "ticket.created" : "ticket.updated", data: ref });
    events.push({ channel: channels.user(ticket.customerId), event: "ticket.updated", data: ref });
  }
  await Promise.all([publishNotifications(change.notifications ?? []), publishAll(events)]);
}
