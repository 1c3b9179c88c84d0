import "server-only";
import { db } from "../../db";
import { scopeOf } from "../../auth/permissions";
import type { Actor } from "../../auth/roles";
import { AppError } from "../../errors";
import type { RequestListQuery } from "./schemas";

const listSelect = {
  id: true,
  reference: true,
  status: true,
  domainName: true,
  billingCycle: true,
  monthlyCents: true,
  yearlyCents: true,
  totalCents: true,
  createdAt: true,
  plan: { select: { name: true, slug: true } },
  customer: { select: { id: true, name: true, company: true } },
} as const;

function scopedWhere(actor: Actor) {
  const scope = scopeOf(actor, "requests:read");
  if (!scope) throw new AppError("FORBIDDEN", "You are not allowed to see hosting requests.");
  return scope === "own" ? { customerId: actor.id } : {};
}

/** One page of the requests the actor may see (a customer only ever their own), newest first, with the total. */
export async function pageRequests(actor: Actor, query: RequestListQuery) {
  const where = { ...scopedWhere(actor), ...(query.status ? { status: query.status } : {}) };
  const [items, total] = await Promise.all([
    db.hostingRequest.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: listSelect,
    }),
    db.hostingRequest.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** One request with its timeline; another customer's request answers 404, never 403. */
export async function getRequest(actor: Actor, id: string) {
  const request = await db.hostingRequest.findFirst({
    where: { id, ...scopedWhere(actor) },
    include: {
      plan: { select: { name: true, slug: true } },
      customer: { select: { id: true, name: true, email: true, company: true } },
      changes: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true, role: true } } } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND", "This hosting request does not exist.");
  return request;
}
