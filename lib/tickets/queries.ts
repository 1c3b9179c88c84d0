import "server-only";
import { can, scopeOf } from "../auth/permissions";
import { roles, type Actor } from "../auth/roles";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { ticketReference } from "../format";
import type { Prisma } from "../generated/prisma/client.ts";
import type { TicketListQuery } from "./schemas";
import { AT_RISK_MS, openTicketStatuses, slaView, ticketPriorities, type SlaClock, type SlaTargets, type TicketPriorityName } from "./sla";

const doneStatuses = ["RESOLVED", "CLOSED"] as const;

/** What the SLA clock needs, on every row that shows one. */
export const clockSelect = {
  status: true,
  createdAt: true,
  firstRespondedAt: true,
  resolvedAt: true,
  pausedAt: true,
  pausedMs: true,
  firstResponseDueAt: true,
  resolutionDueAt: true,
  slaBreachedAt: true,
} as const satisfies Prisma.CRMTicketSelect;

const listSelect = {
  ...clockSelect,
  id: true,
  number: true,
  subject: true,
  priority: true,
  updatedAt: true,
  slaDueAt: true,
  customer: { select: { id: true, name: true, company: true } },
  assignee: { select: { id: true, name: true } },
} as const satisfies Prisma.CRMTicketSelect;

/** A customer's queries always carry their id; staff see every ticket. */
function scopeWhere(actor: Actor): Prisma.CRMTicketWhereInput {
  const scope = scopeOf(actor, "tickets:read");
  if (!scope) throw new AppError("FORBIDDEN", "You are not allowed to see tickets.");
  return scope === "own" ? { customerId: actor.id } : {};
}

/** `TK-001234`, `tk1234` or `1234` → 1234. */
function ticketNumber(q: string): number | null {
  const match = /^(?:tk-?)?0*(\d{1,9})$/i.exec(q.trim());
  return match ? Number(match[1]) : null;
}

function slaWhere(state: NonNullable<TicketListQuery["sla"]>, now: Date): Prisma.CRMTicketWhereInput {
  const soon = new Date(now.getTime() + AT_RISK_MS);
  switch (state) {
    case "breached":
      return { slaDueAt: { lt: now } };
    case "at_risk":
      return { slaDueAt: { gte: now, lt: soon } };
    case "on_track":
      return { slaDueAt: { gte: soon } };
    case "paused":
      return { status: "WAITING_CUSTOMER", pausedAt: { not: null } };
    case "met":
      return { status: { in: [...doneStatuses] }, slaBreachedAt: null };
    case "missed":
      return { status: { in: [...doneStatuses] }, slaBreachedAt: { not: null } };
  }
}

/** The Prisma `where` of a list's filters, inside the actor's scope. */
export function ticketWhere(actor: Actor, query: TicketListQuery, now = new Date()): Prisma.CRMTicketWhereInput {
  const and: Prisma.CRMTicketWhereInput[] = [scopeWhere(actor)];
  if (query.q) {
    const q = query.q;
    const number = ticketNumber(q);
    const or: Prisma.CRMTicketWhereInput[] = [{ subject: { contains: q, mode: "insensitive" } }];
    if (number !== null) or.push({ number });
    if (actor.role !== "CUSTOMER") {
      or.push({
        customer: {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { company: { contains: q, mode: "insensitive" } },
            { email: { contains: q, mode: "insensitive" } },
          ],
        },
      });
    }
    and.push({ OR: or });
  }
  if (query.status?.length) and.push({ status: { in: query.status } });
  if (query.priority?.length) and.push({ priority: { in: query.priority } });
  if (query.assignee === "me") and.push({ assigneeId: actor.id });
  else if (query.assignee === "none") and.push({ assigneeId: null });
  else if (query.assignee) and.push({ assigneeId: query.assignee });
  if (query.customer) and.push({ customerId: query.customer });
  if (query.sla) and.push(slaWhere(query.sla, now));
  return { AND: and };
}

function orderOf(query: TicketListQuery): Prisma.CRMTicketOrderByWithRelationInput[] {
  const tail: Prisma.CRMTicketOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
  switch (query.sort) {
    // Unresolved first, nearest deadline first (paused ones after), then the most urgent.
    case "sla":
      return [
        { resolvedAt: { sort: "desc", nulls: "first" } },
        { slaDueAt: { sort: query.dir, nulls: "last" } },
        { priority: "desc" },
        ...tail,
      ];
    case "priority":
      return [{ priority: query.dir }, ...tail];
    default:
      return [{ [query.sort]: query.dir }, { id: query.dir }];
  }
}

/** One page of the tickets the actor may see, with the total. */
export async function listTickets(actor: Actor, query: TicketListQuery) {
  const where = ticketWhere(actor, query);
  const [items, total] = await Promise.all([
    db.cRMTicket.findMany({
      where,
      orderBy: orderOf(query),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: listSelect,
    }),
    db.cRMTicket.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** A customer's latest open tickets, for the portal's home. */
export async function latestOpenTickets(actor: Actor, take = 5) {
  return db.cRMTicket.findMany({
    where: { ...scopeWhere(actor), status: { in: [...openTicketStatuses] } },
    orderBy: { updatedAt: "desc" },
    take,
    select: { id: true, number: true, subject: true, status: true, updatedAt: true },
  });
}

/**
 * One ticket with its conversation. A customer gets only their own ticket
 * (another one answers 404) and only its public comments: internal notes are
 * filtered in the query, so they never leave the database for them.
 */
export async function getTicket(actor: Actor, id: string) {
  const staff = can(actor, "tickets:manage");
  const ticket = await db.cRMTicket.findFirst({
    where: { id, ...scopeWhere(actor) },
    select: {
      ...listSelect,
      description: true,
      slaDueAt: true,
      firstResponseBreachedAt: true,
      resolutionBreachedAt: true,
      closedAt: true,
      customer: { select: { id: true, name: true, company: true, email: true, phone: true } },
      createdBy: { select: { id: true, name: true, role: true } },
      hostingRequest: { select: { id: true, reference: true, status: true, domainName: true, plan: { select: { name: true } } } },
      lead: staff ? { select: { id: true, name: true, company: true, stage: true } } : false,
      comments: {
        where: staff ? {} : { internal: false },
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, internal: true, createdAt: true, author: { select: { id: true, name: true, role: true } } },
      },
    },
  });
  if (!ticket) throw new AppError("NOT_FOUND", "This ticket does not exist.");
  return ticket;
}
export type TicketDetail = Awaited<ReturnType<typeof getTicket>>;

/** Roles that work tickets, from the matrix. */
export const ticketStaffRoles = roles.filter((role) => can(role, "tickets:manage"));

/** Staff a ticket can be assigned to, for filters and menus. */
export async function listTicketAssignees(actor: Actor) {
  if (!can(actor, "tickets:manage")) throw new AppError("FORBIDDEN", "You are not allowed to do this.");
  return db.user.findMany({
    where: { role: { in: ticketStaffRoles }, disabled: false },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

/** Customers matching a search, for opening a ticket on someone's behalf. */
export async function searchTicketCustomers(actor: Actor, q: string) {
  if (!can(actor, "tickets:manage")) throw new AppError("FORBIDDEN", "You are not allowed to do this.");
  const term = q.trim();
  return db.user.findMany({
    where: {
      role: "CUSTOMER",
      disabled: false,
      ...(term
        ? {
            OR: [
              { name: { contains: term, mode: "insensitive" } },
              { email: { contains: term, mode: "insensitive" } },
              { company: { contains: term, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    orderBy: { name: "asc" },
    take: 8,
    select: { id: true, name: true, email: true, company: true },
  });
}

/** A customer's hosting requests a ticket may be linked to (the actor's own for a customer). */
export async function linkableRequests(actor: Actor, customerId: string) {
  const scope = scopeOf(actor, "tickets:create");
  if (!scope || (scope === "own" && customerId !== actor.id)) throw new AppError("FORBIDDEN", "You are not allowed to do this.");
  return db.hostingRequest.findMany({
    where: { customerId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, reference: true, domainName: true, status: true },
  });
}

/** The customer a staff list or form is narrowed to, or null when the id is not a customer's. */
export async function findTicketCustomer(actor: Actor, id: string) {
  if (!can(actor, "tickets:manage")) throw new AppError("FORBIDDEN", "You are not allowed to do this.");
  return db.user.findFirst({ where: { id, role: "CUSTOMER" }, select: { id: true, name: true, email: true, company: true } });
}

/** A ticket as the API answers it: with its reference and its SLA state at `now`. */
export function presentTicket<T extends SlaClock & { number: number }>(ticket: T, now = new Date()) {
  return { ...ticket, reference: ticketReference(ticket.number), sla: slaView(ticket, now) };
}

/** Targets used when the table lacks a priority (a database that was never seeded). */
export const defaultTargets: Record<TicketPriorityName, SlaTargets> = {
  URGENT: { firstResponseMinutes: 60, resolutionMinutes: 8 * 60 },
  HIGH: { firstResponseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
  NORMAL: { firstResponseMinutes: 8 * 60, resolutionMinutes: 48 * 60 },
  LOW: { firstResponseMinutes: 24 * 60, resolutionMinutes: 120 * 60 },
};

export async function targetsFor(tx: Tx, priority: TicketPriorityName): Promise<SlaTargets> {
  const row = await tx.slaPolicy.findUnique({ where: { priority } });
  return row ? { firstResponseMinutes: row.firstResponseMinutes, resolutionMinutes: row.resolutionMinutes } : defaultTargets[priority];
}

/** The SLA table in priority order, most urgent first; staff read it, admins change it. */
export async function listSlaPolicies(actor: Actor) {
  if (!can(actor, "tickets:manage") && !can(actor, "sla:write")) {
    throw new AppError("FORBIDDEN", "You are not allowed to see the SLA table.");
  }
  const rows = await db.slaPolicy.findMany();
  return [...ticketPriorities].reverse().map((priority) => {
    const row = rows.find((r) => r.priority === priority);
    return {
      priority,
      ...(row ? { firstResponseMinutes: row.firstResponseMinutes, resolutionMinutes: row.resolutionMinutes } : defaultTargets[priority]),
      updatedAt: row?.updatedAt ?? null,
    };
  });
}
