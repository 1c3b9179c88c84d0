import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client.ts";
import { leadCount, ownerOf } from "../lead-totals";
import { leadStages } from "../stages";
import type { LeadFilters, LeadListQuery } from "./schemas";

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
  customer: { select: { emailVerifiedAt: true } },
} as const satisfies Prisma.CRMLeadSelect;

/** Whether the lead's customer account still has to confirm its email: derived from the account on each read. */
const customerUnverified = (customer: { emailVerifiedAt: Date | null } | null): boolean => !!customer && !customer.emailVerifiedAt;

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
  const owner = ownerOf(actor, filters);
  if (owner !== undefined) and.push({ assigneeId: owner });
  if (filters.createdFrom) and.push({ createdAt: { gte: startOfDay(filters.createdFrom) } });
  if (filters.createdTo) and.push({ createdAt: { lte: endOfDay(filters.createdTo) } });
  return and.length ? { AND: and } : {};
}

/**
 * How many leads match: from the running totals when the filters are stages, sources and owner
 * alone (the list's usual views), which a count over a million leads would make slow; by counting
 * otherwise (a search or a creation period).
 */
function leadTotal(actor: Actor, filters: LeadFilters, where: Prisma.CRMLeadWhereInput): Promise<number> {
  if (filters.q || filters.createdFrom || filters.createdTo) return db.cRMLead.count({ where });
  return leadCount(
    filters.stage?.length ? filters.stage : leadStages,
    ownerOf(actor, filters),
    filters.source?.length ? filters.source : undefined,
  );
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
  const [rows, total] = await Promise.all([
    db.cRMLead.findMany({ where, orderBy, skip: (query.page - 1) * query.pageSize, take: query.pageSize, select: listSelect }),
    leadTotal(actor, query, where),
  ]);
  const items = rows.map(({ customer, ...lead }) => ({ ...lead, customerUnverified: customerUnverified(customer) }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** A lead with everything its page shows: owner, customer, requests, tickets. Activities are paged apart. */
export async function getLead(actor: Actor, id: string) {
  assertCan(actor, "crm:read");
  const lead = await db.cRMLead.findUnique({
    where: { id },
    include: {
      assignee: { select: { id: true, name: true, email: true } },
      customer: { select: { id: true, name: true, email: true, company: true, emailVerifiedAt: true } },
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
  return { ...lead, customerUnverified: customerUnverified(lead.customer) };
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

/** Sellers and admins who can own leads, for filters and assignment menus. */
export async function listAssignees(actor: Actor) {
  assertCan(actor, "crm:read");
  return db.user.findMany({
    where: { role: { in: ["SELLER", "ADMIN"] }, disabled: false },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** A lead's timeline, newest first, paginated. */
export async function listActivities(actor: Actor, leadId: string, { page, pageSize }: { page: number; pageSize: number }) {
  assertCan(actor, "crm:read");
  const lead = await db.cRMLead.findUnique({ where: { id: leadId }, select: { id: true } });
  if (!lead) throw new AppError("NOT_FOUND", "This lead does not exist.");
  const where = { leadId };
  const [items, total] = await Promise.all([
    db.cRMActivity.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { user: { select: { id: true, name: true } } },
    }),
    db.cRMActivity.count({ where }),
  ]);
  return { items, total, page, pageSize };
}

export type ActivityItem = Awaited<ReturnType<typeof listActivities>>["items"][number];
