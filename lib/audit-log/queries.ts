import "server-only";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { decodeCursor, encodeCursor, type AuditCursor } from "./cursor";
import { endOfDayIn, startOfDayIn } from "./period";
import type { AuditFilters, AuditListQuery } from "./schemas";

/** What a reader sees of a row: the actor by name, never their other columns. */
export const auditEntrySelect = {
  id: true,
  action: true,
  entity: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actorId: true,
  actor: { select: { id: true, name: true, email: true, role: true } },
} as const satisfies Prisma.AuditLogSelect;

export type AuditEntry = Prisma.AuditLogGetPayload<{ select: typeof auditEntrySelect }>;

/**
 * The Prisma `where` of the filters. Each filter the page offers is an equality on the leading
 * column of one index that ends in (createdAt, id), and the period a range on createdAt within it.
 */
export function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filters.actor) and.push({ actorId: filters.actor === "system" ? null : filters.actor });
  if (filters.entity) and.push({ entity: filters.entity });
  if (filters.entityId) and.push({ entityId: filters.entityId });
  if (filters.action) and.push({ action: filters.action });
  const timeZone = filters.tz ?? "UTC";
  if (filters.from) and.push({ createdAt: { gte: startOfDayIn(filters.from, timeZone) } });
  if (filters.to) and.push({ createdAt: { lt: endOfDayIn(filters.to, timeZone) } });
  return and.length ? { AND: and } : {};
}

/**
 * Rows strictly past a cursor in the page order. `createdAt <= t` is implied by the OR; it is
 * written out so PostgreSQL bounds the index scan by it instead of filtering row by row.
 */
export function pastCursor(cursor: AuditCursor, direction: "older" | "newer"): Prisma.AuditLogWhereInput {
  const { createdAt, id } = cursor;
  return direction === "older"
    ? { createdAt: { lte: createdAt }, OR: [{ createdAt: { lt: createdAt } }, { id: { lt: id } }] }
    : { createdAt: { gte: createdAt }, OR: [{ createdAt: { gt: createdAt } }, { id: { gt: id } }] };
}

export type AuditPage = {
  items: AuditEntry[];
  /** Cursor of the page before (newer rows), or null on the first page. */
  newer: string | null;
  /** Cursor of the page after (older rows), or null on the last page. */
  older: string | null;
};

/** One page of the log, newest first, by keyset: fast at any depth, no gap and no repeat when rows share a time. */
export async function listAuditEntries(actor: Actor, query: AuditListQuery): Promise<AuditPage> {
  assertCan(actor, "audit:read");
  const filters = auditWhere(query);
  const towardNewer = Boolean(query.newer);
  const raw = query.newer ?? query.older;
  const cursor = raw ? decodeCursor(raw) : null;
  const where: Prisma.AuditLogWhereInput = cursor ? { AND: [filters, pastCursor(cursor, towardNewer ? "newer" : "older")] } : filters;
  const dir = towardNewer ? "asc" : "desc";
  // One row more than the page tells whether another page follows.
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: dir }, { id: dir }],
    take: query.pageSize + 1,
    select: auditEntrySelect,
  });
  const more = rows.length > query.pageSize;
  // Back at the newest rows: the first page itself, full, rather than what was left above the cursor.
  if (towardNewer && !more) return listAuditEntries(actor, { ...query, newer: undefined });
  const page = rows.slice(0, query.pageSize);
  if (towardNewer) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  return {
    items: page,
    // Going back in time, a page came from somewhere newer; going forward, more means newer still.
    newer: first && (towardNewer ? more : cursor !== null) ? encodeCursor(first) : null,
    older: last && (towardNewer || more) ? encodeCursor(last) : null,
  };
}

/** Staff who may appear as actors, for the actor filter (customers are reached from their rows). */
export async function listAuditActors(actor: Actor) {
  assertCan(actor, "audit:read");
  return db.user.findMany({
    where: { role: { not: "CUSTOMER" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true },
  });
}

/** The user a filter names, when it names one (shown in the actor filter even when not staff). */
export async function findAuditActor(actor: Actor, id: string) {
  assertCan(actor, "audit:read");
  return db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
}
