import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client.ts";
import { ruleOf } from "../maintenance/rule";
import { currentOrNext } from "../maintenance/recurrence";
import { announceDays, maintenanceTimeZone } from "../maintenance/schemas";

/** The requests whose customers use their plan's services. */
export const liveRequestStatuses = ["APPROVED", "PROVISIONING", "ACTIVE"] as const;
const DAY = 86_400_000;

/** The published services a customer depends on: those tied to no plan (every customer), or to the plan of one of their live requests. */
async function servicesOf(customerId: string): Promise<Prisma.StatusServiceWhereInput> {
  const requests = await db.hostingRequest.findMany({
    where: { customerId, status: { in: [...liveRequestStatuses] } },
    select: { planId: true },
    distinct: ["planId"],
  });
  const planIds = requests.map((r) => r.planId);
  return {
    published: true,
    OR: [{ plans: { none: {} } }, ...(planIds.length ? [{ plans: { some: { planId: { in: planIds } } } }] : [])],
  };
}

/**
 * The open incidents a customer is affected by: those of a published service tied to no plan (every
 * customer), or to the plan of one of their approved or active hosting requests. Staff get none.
 */
export async function incidentsAffecting(actor: Actor) {
  if (actor.role !== "CUSTOMER") return [];
  return db.incident.findMany({
    where: { state: { not: "RESOLVED" }, services: { some: { service: await servicesOf(actor.id) } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 5,
    select: { id: true, title: true, impact: true, state: true },
  });
}

/**
 * The maintenance a customer is affected by (the same services as incidents): windows in progress,
 * and those with an occurrence in the coming `announceDays`, in progress first, then soonest first,
 * with the names of the customer's services they touch. Staff get none.
 */
export async function maintenanceAffecting(actor: Actor, now = new Date()) {
  if (actor.role !== "CUSTOMER") return [];
  const services = await servicesOf(actor.id);
  const rows = await db.maintenanceWindow.findMany({
    where: {
      startsAt: { lt: new Date(now.getTime() + announceDays * DAY) },
      OR: [{ cancelledAt: null }, { cancelledAt: { gt: now } }],
      AND: [{ OR: [{ recurrence: { not: "NONE" } }, { endsAt: { gt: now } }] }],
      services: { some: { service: services } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 20,
    select: {
      id: true,
      title: true,
      message: true,
      startsAt: true,
      endsAt: true,
      recurrence: true,
      repeatUntil: true,
      cancelledAt: true,
      excludeFromUptime: true,
      services: { where: { service: services }, select: { service: { select: { nameFr: true, nameEn: true } } } },
    },
  });
  return rows
    .map((row) => ({ ...row, next: currentOrNext(ruleOf(row), now, maintenanceTimeZone, announceDays) }))
    .filter((row): row is typeof row & { next: NonNullable<typeof row.next> } => row.next !== null)
    .map((row) => ({ ...row, inProgress: row.next.start.getTime() <= now.getTime() }))
    .sort((a, b) => Number(b.inProgress) - Number(a.inProgress) || a.next.start.getTime() - b.next.start.getTime())
    .slice(0, 5);
}
