import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { openTicketStatuses } from "../../tickets/sla";
import { openTasksDueBefore } from "../open-tasks";
import { dayBounds } from "./time";

/** The lists of the CRM dashboard; its figures come from `./analytics`. */

/** The latest leads, newest first. */
export async function recentLeads(actor: Actor, take = 6) {
  assertCan(actor, "dashboard:sales");
  return db.cRMLead.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      name: true,
      company: true,
      stage: true,
      source: true,
      valueCents: true,
      createdAt: true,
      assignee: { select: { name: true } },
    },
  });
}

/** Open tickets, most urgent first: priority, then the nearest resolution deadline, then the oldest. */
export async function urgentTickets(actor: Actor, take = 6) {
  assertCan(actor, "dashboard:tickets");
  return db.cRMTicket.findMany({
    where: { status: { in: [...openTicketStatuses] } },
    orderBy: [{ priority: "desc" }, { resolutionDueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take,
    select: {
      id: true,
      number: true,
      subject: true,
      status: true,
      priority: true,
      resolutionDueAt: true,
      slaBreachedAt: true,
      createdAt: true,
      customer: { select: { name: true, company: true } },
    },
  });
}

/**
 * The actor's agenda for today: open tasks due today or overdue, and calls and meetings
 * scheduled today (done or not), in time order.
 */
export async function todaysActivities(actor: Actor, now = new Date(), take = 8) {
  assertCan(actor, "dashboard:sales");
  const { start, end } = dayBounds(now);
  const where = {
    userId: actor.id,
    OR: [
      { type: "TASK" as const, completedAt: null, dueAt: { lt: end } },
      { type: { in: ["CALL" as const, "MEETING" as const] }, dueAt: { gte: start, lt: end } },
    ],
  };
  const [items, openTasks, appointments] = await Promise.all([
    db.cRMActivity.findMany({
      where,
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        type: true,
        subject: true,
        dueAt: true,
        completedAt: true,
        lead: { select: { id: true, name: true, company: true } },
      },
    }),
    // Counted in two parts, each from its own index (one statement with the OR reads every row).
    openTasksDueBefore(end, actor.id),
    db.cRMActivity.count({ where: { userId: actor.id, ...where.OR[1] } }),
  ]);
  const total = openTasks + appointments;
  return {
    items: items.map((a) => ({ ...a, overdue: a.type === "TASK" && a.completedAt === null && a.dueAt !== null && a.dueAt < now })),
    total,
  };
}
