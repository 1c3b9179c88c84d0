import "server-only";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { ticketReference } from "../format";
import { notify, type PendingNotification } from "../notifications/notify";
import { ticketStaffIds } from "../notifications/queries";
import { clip, facts } from "../notifications/titles";
import type { NotificationType } from "../generated/prisma/client.ts";
import { ticketStaffRoles } from "./queries";
import type { TicketClock } from "./sla";

/** Locks a ticket's row for the rest of the transaction, so two writers never overwrite each other's clock. */
export async function lockTicket(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT "id" FROM "CRMTicket" WHERE "id" = ${id} FOR UPDATE`;
  const ticket = await tx.cRMTicket.findUnique({ where: { id } });
  if (!ticket) throw new AppError("NOT_FOUND", "This ticket does not exist.");
  return ticket;
}
export type TicketRow = Awaited<ReturnType<typeof lockTicket>>;

export function clockOf(row: TicketRow): TicketClock {
  return {
    status: row.status,
    createdAt: row.createdAt,
    firstRespondedAt: row.firstRespondedAt,
    resolvedAt: row.resolvedAt,
    pausedAt: row.pausedAt,
    pausedMs: row.pausedMs,
    firstResponseDueAt: row.firstResponseDueAt,
    resolutionDueAt: row.resolutionDueAt,
    slaBreachedAt: row.slaBreachedAt,
    firstResponseBreachedAt: row.firstResponseBreachedAt,
    resolutionBreachedAt: row.resolutionBreachedAt,
  };
}

/** The clock's columns, as an update writes them. */
export function clockColumns(clock: TicketClock & { slaDueAt: Date | null }) {
  const { status, firstRespondedAt, resolvedAt, pausedAt, pausedMs, firstResponseDueAt, resolutionDueAt, slaDueAt } = clock;
  const { slaBreachedAt, firstResponseBreachedAt, resolutionBreachedAt } = clock;
  return {
    status,
    firstRespondedAt,
    resolvedAt,
    pausedAt,
    pausedMs,
    firstResponseDueAt,
    resolutionDueAt,
    slaDueAt,
    slaBreachedAt,
    firstResponseBreachedAt,
    resolutionBreachedAt,
  };
}

/** Where a notification about a ticket leads: the portal for its customer, the workspace for staff. */
export const ticketLink = {
  customer: (id: string) => `/hosting/tickets/${id}`,
  staff: (id: string) => `/crm/tickets/${id}`,
};

export const ticketTitle = (ticket: { number: number; subject: string }) => facts(ticketReference(ticket.number), clip(ticket.subject));

export async function notifyCustomer(tx: Tx, ticket: TicketRow, type: NotificationType): Promise<PendingNotification[]> {
  return notify(tx, [ticket.customerId], { type, title: ticketTitle(ticket), link: ticketLink.customer(ticket.id) });
}

/** Staff to tell about a ticket: its assignee, or every active support agent and admin while nobody owns it. */
export async function ticketWatchers(tx: Tx, ticket: { assigneeId: string | null }, exceptId: string): Promise<string[]> {
  if (ticket.assigneeId) return ticket.assigneeId === exceptId ? [] : [ticket.assigneeId];
  return (await ticketStaffIds(tx)).filter((id) => id !== exceptId);
}

export async function notifyStaff(tx: Tx, ticket: TicketRow, userIds: string[], type: NotificationType): Promise<PendingNotification[]> {
  return notify(tx, userIds, { type, title: ticketTitle(ticket), link: ticketLink.staff(ticket.id) });
}

/** An assignee must be an active member of staff who works tickets. */
export async function assertTicketAssignee(tx: Tx, assigneeId: string | null | undefined) {
  if (!assigneeId) return;
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { role: true, disabled: true } });
  if (!user || user.disabled || !ticketStaffRoles.includes(user.role)) {
    throw new AppError("VALIDATION", "Tickets can only be assigned to active staff.", { assigneeId: ["invalid"] });
  }
}
