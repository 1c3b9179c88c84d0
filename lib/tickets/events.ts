import "server-only";
import { publishNotifications, type PendingNotification } from "../notifications/service";
import { channels } from "../realtime/channels";
import { publish } from "../realtime/publish";

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
  const events: Promise<void>[] = [publishNotifications(change.notifications ?? [])];
  const ref = { id: ticket.id };
  const publicComment = change.comment && !change.comment.internal;
  if (change.comment?.internal) {
    events.push(publish(channels.staff, "ticket.comment", { ticketId: ticket.id, commentId: change.comment.id, internal: true }));
  }
  if (publicComment) {
    events.push(publish(channels.ticket(ticket.id), "ticket.comment", { ticketId: ticket.id, commentId: change.comment!.id }));
  }
  if (change.updated) events.push(publish(channels.ticket(ticket.id), "ticket.updated", ref));
  if (change.created || change.updated || publicComment) {
    events.push(publish(channels.staff, change.created ? "ticket.created" : "ticket.updated", ref));
    events.push(publish(channels.user(ticket.customerId), "ticket.updated", ref));
  }
  await Promise.all(events);
}
