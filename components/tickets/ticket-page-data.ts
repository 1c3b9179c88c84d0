import "server-only";
import { notFound } from "next/navigation";
import type { Permission } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { currentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { ticketReference } from "@/lib/format";
import { getTicket, type TicketDetail } from "@/lib/tickets/queries";

/** The signed-in user and the ticket of a detail page; a ticket they may not see is a real 404. */
export async function loadTicketPage(id: string, permission: Permission) {
  const user = await requirePage(permission);
  try {
    return { user, ticket: await getTicket(user, id) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** A ticket page's title: its reference and subject, or the list's title when it cannot be read. */
export async function ticketPageTitle(id: string, fallback: string): Promise<string> {
  const user = await currentUser();
  const ticket = user ? await getTicket(user, id).catch(() => null) : null;
  return ticket ? `${ticketReference(ticket.number)} · ${ticket.subject}` : fallback;
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
