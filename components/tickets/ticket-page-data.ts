import "server-only";
import { pageRecord } from "@/lib/auth/require-page";
import { ticketReference } from "@/lib/format";
import { getTicket, type TicketDetail } from "@/lib/tickets/queries";

/** The ticket of the staff's detail page and of the customer's: read once per request, a real 404 when hidden. */
export const staffTicketRecord = pageRecord("tickets:manage", getTicket);
export const customerTicketRecord = pageRecord("portal:access", getTicket);

/** A ticket page's title: its reference and subject. */
export function ticketPageTitle(ticket: TicketDetail): string {
  return `${ticketReference(ticket.number)} · ${ticket.subject}`;
}

/** The ticket's description as the first message of its thread, from whoever opened it. */
export function openingMessage(ticket: TicketDetail) {
  return {
    id: `${ticket.id}-opening`,
    body: ticket.description,
    internal: false,
    createdAt: ticket.createdAt,
    author: ticket.createdBy ?? { id: ticket.customer.id, name: ticket.customer.name, role: "CUSTOMER" as const },
  };
}
