import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client.ts";
import { notify, type PendingNotification } from "../notifications/notify";
import { publishAll } from "../realtime/publish-all";
import { publishNotifications } from "../notifications/events";
import { facts, someOf } from "../notifications/titles";
import { leadEvent } from "./lead-events";
import { recordAssignment, recordStageChange } from "./lead-history";
import type { BulkAssign, LeadCreate, LeadFilters, LeadListQuery, LeadUpdate } from "./lead-schemas";
import { positionBetween } from "./stages";

const listSelect = {
  id: true,
  name: true,
  email: true,
  company: true,
  stage: true,
  source: true,
  valueCents: true,
  createdAt: true,
  updatedAt: true,
  lastActivityAt: true,
  assignee: { select: { id: true, name: true } },
} as const satisfies Prisma.CRMLeadSelect;

const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`);

/** The Prisma `where` of the list filters (also used by the CSV export and bulk actions). */
export function leadWhere(actor: Actor, filters: LeadFilters): Prisma.CRMLeadWhereInput {
  const and: Prisma.CRMLeadWhereInput[] = [];
  if (filters.q) {
    const q = filters.q;
    and.push({
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { email: { contains: q, mode: "insensitive" } },
        { company: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  if (filters.stage?.length) and.push({ stage: { in: filters.stage } });
  if (filters.source?.length) and.push({ source: { in: filters.source } });
  if (filters.mine) and.push({ assigneeId: actor.id });
  else if (filters.assignee === "none") and.push({ assigneeId: null });
  else if (filters.assignee) and.push({ assigneeId: filters.assignee });
  if (filters.createdFrom) and.push({ createdAt: { gte: startOfDay(filters.createdFrom) } });
  if (filters.createdTo) and.push({ createdAt: { lte: endOfDay(filters.createdTo) } });
  return and.length ? { AND: and } : {};
}

/** One page of leads with the total; sorted by the chosen column, then by id so pages never overlap. */
export async function listLeads(actor: Actor, query: LeadListQuery) {
  assertCan(actor, "crm:read");
  const where = leadWhere(actor, query);
  const orderBy: Prisma.CRMLeadOrderByWithRelationInput[] = [
    query.sort === "company" || query.sort === "lastActivityAt"
      ? { [query.sort]: { sort: query.dir, nulls: "last" } }
      : { [query.sort]: query.dir },
    { id: query.dir },
  ];
  const [items, total] = await Promise.all([
    db.cRMLead.findMany({ where, orderBy, skip: (query.page - 1) * query.pageSize, take: query.pageSize, select: listSelect }),
    db.cRMLead.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** A lead with everything its page shows: owner, customer, requests, tickets. Activities are paged apart. */
export async function getLead(actor: Actor, id: string) {
  assertCan(actor, "crm:read");
  const lead = await db.cRMLead.findUnique({
    where: { id },
    include: {
      assignee: { select: { id: true, name: true, email: true } },
      customer: { select: { id: true, name: true, email: true, company: true } },
      requests: {
        orderBy: { createdAt: "desc" },
        take: 20,
        select: {
          id: true,
          reference: true,
          status: true,
          totalCents: true,
          yearlyCents: true,
          createdAt: true,
          plan: { select: { name: true } },
        },
      },
      tickets: {
        orderBy: { createdAt: "desc" },
        take: 20,
        select: { id: true, number: true, subject: true, status: true, priority: true, createdAt: true },
      },
    },
  });
  if (!lead) throw new AppError("NOT_FOUND", "This lead does not exist.");
  return lead;
}

/** Leads with the same email or company, to warn before a duplicate is created. */
export async function findSimilarLeads(actor: Actor, { email, company }: { email?: string; company?: string }) {
  assertCan(actor, "crm:read");
  const or: Prisma.CRMLeadWhereInput[] = [];
  if (email) or.push({ email: { equals: email.trim(), mode: "insensitive" } });
  if (company && company.trim().length >= 2) or.push({ company: { equals: company.trim(), mode: "insensitive" } });
  if (or.length === 0) return [];
  return db.cRMLead.findMany({
    where: { OR: or },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, name: true, email: true, company: true, stage: true },
  });
}

async function assertAssignable(tx: Prisma.TransactionClient, assigneeId: string | null | undefined) {
  if (!assigneeId) return;
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { role: true, disabled: true } });
  if (!user || user.disabled || !["SELLER", "ADMIN"].includes(user.role)) {
    throw new AppError("VALIDATION", "Leads can only be assigned to an active seller or admin.", { assigneeId: ["invalid"] });
  }
}

/** Tells a lead's new owner, unless they gave it to themselves. */
async function notifyAssignment(
  tx: Prisma.TransactionClient,
  actor: Actor,
  assigneeId: string | null | undefined,
  lead: { id: string; name: string; company: string | null },
): Promise<PendingNotification[]> {
  if (!assigneeId || assigneeId === actor.id) return [];
  return notify(tx, [assigneeId], { type: "LEAD_ASSIGNED", title: facts(lead.name, lead.company), link: `/crm/leads/${lead.id}` });
}

export async function createLead(actor: Actor, input: LeadCreate) {
  assertCan(actor, "crm:write");
  const { lead, pending } = await db.$transaction(async (tx) => {
    await assertAssignable(tx, input.assigneeId);
    const top = await tx.cRMLead.findFirst({ where: { stage: input.stage }, orderBy: { position: "asc" }, select: { position: true } });
    const lead = await tx.cRMLead.create({
      data: {
        name: input.name,
        email: input.email,
        company: input.company ?? null,
        phone: input.phone ?? null,
        source: input.source,
        valueCents: input.valueCents,
        stage: input.stage,
        notes: input.notes ?? null,
        assigneeId: input.assigneeId,
        position: positionBetween(null, top?.position ?? null),
        lastActivityAt: new Date(),
      },
    });
    await tx.cRMActivity.create({
      data: { leadId: lead.id, userId: actor.id, type: "SYSTEM", subject: "Lead created", meta: { event: "created" } },
    });
    await writeAudit(tx, { actorId: actor.id, action: "lead.create", entity: "CRMLead", entityId: lead.id, after: lead });
    return { lead, pending: await notifyAssignment(tx, actor, lead.assigneeId, lead) };
  });
  await Promise.all([
    publishNotifications(pending),
    publishAll([
      leadEvent("lead.created", {
        id: lead.id,
        stage: lead.stage,
        assigneeId: lead.assigneeId,
        valueCents: lead.valueCents,
        change: "created",
      }),
    ]),
  ]);
  return lead;
}

/** Edits a lead; stage and assignee changes write their own timeline entries. */
export async function updateLead(actor: Actor, id: string, input: LeadUpdate) {
  assertCan(actor, "crm:write");
  const { before, after, pending } = await db.$transaction(async (tx) => {
    const before = await tx.cRMLead.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "This lead does not exist.");
    if (input.assigneeId !== undefined) await assertAssignable(tx, input.assigneeId);
    const stageChanged = input.stage !== undefined && input.stage !== before.stage;
    const data: Prisma.CRMLeadUncheckedUpdateInput = {
      ...input,
      lastActivityAt: new Date(),
    };
    if (stageChanged) {
      const top = await tx.cRMLead.findFirst({ where: { stage: input.stage }, orderBy: { position: "asc" }, select: { position: true } });
      // A won or lost lead may be reopened: its outcome goes away with the closed stage.
      Object.assign(data, { position: positionBetween(null, top?.position ?? null), wonAt: null, lostAt: null, lostReason: null });
    }
    const after = await tx.cRMLead.update({ where: { id }, data });
    if (stageChanged) await recordStageChange(tx, { leadId: id, actorId: actor.id, from: before.stage, to: after.stage });
    if (input.assigneeId !== undefined)
      await recordAssignment(tx, { leadId: id, actorId: actor.id, from: before.assigneeId, to: after.assigneeId });
    await writeAudit(tx, { actorId: actor.id, action: "lead.update", entity: "CRMLead", entityId: id, before, after });
    const reassigned = after.assigneeId !== before.assigneeId;
    return { before, after, pending: reassigned ? await notifyAssignment(tx, actor, after.assigneeId, after) : [] };
  });
  await Promise.all([
    publishNotifications(pending),
    publishAll([
      leadEvent("lead.updated", {
        id,
        stage: after.stage,
        assigneeId: after.assigneeId,
        valueCents: after.valueCents,
        change: after.assigneeId !== before.assigneeId ? "assigned" : after.stage !== before.stage ? "moved" : "edited",
      }),
    ]),
  ]);
  return after;
}

export async function deleteLead(actor: Actor, id: string) {
  assertCan(actor, "leads:delete");
  const before = await db.$transaction(async (tx) => {
    const before = await tx.cRMLead.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "This lead does not exist.");
    await tx.cRMLead.delete({ where: { id } });
    await writeAudit(tx, { actorId: actor.id, action: "lead.delete", entity: "CRMLead", entityId: id, before });
    return before;
  });
  await publishAll([leadEvent("lead.updated", { id, stage: before.stage, change: "deleted" })]);
  return { id };
}

/** At most this many ids ride in one bulk event (it stays small); past that subscribers just re-read. */
const bulkEventIds = 50;

/** Gives many leads one owner (or none); each lead gets its assignment entry, the new owner one notification. */
export async function bulkAssignLeads(actor: Actor, { ids, assigneeId }: BulkAssign) {
  assertCan(actor, "crm:write");
  const { changing, pending } = await db.$transaction(async (tx) => {
    await assertAssignable(tx, assigneeId);
    const leads = await tx.cRMLead.findMany({
      where: { id: { in: ids } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true, assigneeId: true, name: true, company: true },
    });
    const changing = leads.filter((l) => l.assigneeId !== assigneeId);
    if (changing.length === 0) return { changing, pending: [] };
    await tx.cRMLead.updateMany({ where: { id: { in: changing.map((l) => l.id) } }, data: { assigneeId, lastActivityAt: new Date() } });
    for (const lead of changing) await recordAssignment(tx, { leadId: lead.id, actorId: actor.id, from: lead.assigneeId, to: assigneeId });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "lead.bulkAssign",
      entity: "CRMLead",
      entityId: changing.map((l) => l.id).join(","),
      before: changing.map((l) => ({ id: l.id, assigneeId: l.assigneeId })),
      after: { assigneeId },
    });
    const pending =
      changing.length === 1
        ? await notifyAssignment(tx, actor, assigneeId, changing[0])
        : assigneeId && assigneeId !== actor.id
          ? await notify(tx, [assigneeId], {
              type: "LEAD_ASSIGNED",
              title: someOf(changing.map((l) => l.company ?? l.name)),
              link: "/crm/leads?mine=1",
            })
          : [];
    return { changing, pending };
  });
  if (changing.length > 0) {
    await Promise.all([
      publishNotifications(pending),
      publishAll([
        leadEvent("lead.updated", {
          ids: changing.length <= bulkEventIds ? changing.map((l) => l.id) : null,
          count: changing.length,
          assigneeId,
          change: "assigned",
        }),
      ]),
    ]);
  }
  return { updated: changing.length };
}

/** Sellers and admins who can own leads, for filters and assignment menus. */
export async function listAssignees(actor: Actor) {
  assertCan(actor, "crm:read");
  return db.user.findMany({
    where: { role: { in: ["SELLER", "ADMIN"] }, disabled: false },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
