import "server-only";
import { db } from "../db";
import { scopeOf } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { AppError } from "../errors";

const priorityRank = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 } as const;

/** Tickets the actor may see: customers their own, staff all; unresolved and most urgent first. */
export async function listTickets(actor: Actor, { take = 50, openOnly = false }: { take?: number; openOnly?: boolean } = {}) {
  const scope = scopeOf(actor.role, "tickets:read");
  if (!scope) throw new AppError("FORBIDDEN", "You are not allowed to see tickets.");
  const tickets = await db.cRMTicket.findMany({
    where: {
      ...(scope === "own" ? { customerId: actor.id } : {}),
      ...(openOnly ? { status: { in: ["OPEN", "IN_PROGRESS", "WAITING_CUSTOMER"] } } : {}),
    },
    orderBy: [{ updatedAt: "desc" }],
    take,
    select: {
      id: true,
      number: true,
      subject: true,
      status: true,
      priority: true,
      updatedAt: true,
      resolutionDueAt: true,
      customer: { select: { name: true, company: true } },
      assignee: { select: { name: true } },
    },
  });
  const closed = (s: string) => s === "RESOLVED" || s === "CLOSED";
  return tickets.sort((a, b) => Number(closed(a.status)) - Number(closed(b.status)) || priorityRank[a.priority] - priorityRank[b.priority]);
}
