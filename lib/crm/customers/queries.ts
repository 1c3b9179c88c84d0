import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError } from "../../errors";
import { Prisma } from "../../generated/prisma/client.ts";
import { openTicketStatuses } from "../../tickets/sla";
import type { CustomerListQuery, CustomerSortKey } from "./schemas";
import { openStages } from "../stages";

/*
 * Customers are users with the CUSTOMER role. Their figures are SQL aggregates:
 *
 * Lifetime value = the value of the customer's won leads
 *                + the yearly value of the customer's ACTIVE hosting requests that are not
 *                  attached to one of those won leads.
 * A won lead's value already stands for the requests it brought (a request sets its lead's value
 * to its yearly price), so a request counts only when no won lead of the customer carries it.
 */

/** A list of enum literals (constants of this code, never input) for `IN (…)`. */
const list = (values: readonly string[]) => Prisma.raw(values.map((v) => `'${v}'`).join(", "));
const openLeadStages = list(openStages);
const openTickets = list(openTicketStatuses);

type FigureRow = {
  id: string;
  name: string;
  email: string;
  company: string | null;
  phone: string | null;
  disabled: boolean;
  createdAt: Date | string;
  requests: unknown;
  activeRequests: unknown;
  openLeads: unknown;
  openTickets: unknown;
  wonValueCents: unknown;
  activeValueCents: unknown;
};

/** Customers matching `where` (on alias `u`), each with their counts and lifetime value. */
function figuresQuery(where: Prisma.Sql) {
  return Prisma.sql`
    SELECT u."id", u."name", u."email", u."company", u."phone", u."disabled", u."createdAt",
      (SELECT COUNT(*) FROM "HostingRequest" r WHERE r."customerId" = u."id")::int AS "requests",
      (SELECT COUNT(*) FROM "HostingRequest" r WHERE r."customerId" = u."id" AND r."status" = 'ACTIVE')::int AS "activeRequests",
      (SELECT COUNT(*) FROM "CRMLead" l WHERE l."customerId" = u."id" AND l."stage" IN (${openLeadStages}))::int AS "openLeads",
      (SELECT COUNT(*) FROM "CRMTicket" t WHERE t."customerId" = u."id" AND t."status" IN (${openTickets}))::int AS "openTickets",
      (SELECT COALESCE(SUM(l."valueCents"), 0) FROM "CRMLead" l
        WHERE l."customerId" = u."id" AND l."stage" = 'WON')::float8 AS "wonValueCents",
      (SELECT COALESCE(SUM(r."yearlyCents"), 0) FROM "HostingRequest" r LEFT JOIN "CRMLead" l ON l."id" = r."leadId"
        WHERE r."customerId" = u."id" AND r."status" = 'ACTIVE'
          AND (l."id" IS NULL OR l."stage" <> 'WON' OR l."customerId" IS DISTINCT FROM u."id"))::float8 AS "activeValueCents"
    FROM "User" u
    WHERE u."role" = 'CUSTOMER' AND ${where}`;
}

function toFigures(row: FigureRow) {
  const wonValueCents = Number(row.wonValueCents);
  const activeValueCents = Number(row.activeValueCents);
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    company: row.company,
    phone: row.phone,
    disabled: row.disabled,
    createdAt: new Date(row.createdAt),
    requests: Number(row.requests),
    activeRequests: Number(row.activeRequests),
    openLeads: Number(row.openLeads),
    openTickets: Number(row.openTickets),
    wonValueCents,
    activeValueCents,
    lifetimeValueCents: wonValueCents + activeValueCents,
  };
}

/**
 * The sort key of each customer, computed for every match: set-based aggregates (one pass over
 * requests, grouped), not the per-customer subqueries of the page's figures. The lifetime value is
 * kept per customer by the database (CRMCustomerValue), in an index: a page of the customers by
 * value reads that page's rows in order, never every customer's leads.
 */
const orderings: Record<CustomerSortKey, { joins: Prisma.Sql; key: Prisma.Sql; nullable?: true }> = {
  name: { joins: Prisma.empty, key: Prisma.sql`lower(u."name")` },
  company: { joins: Prisma.empty, key: Prisma.sql`lower(u."company")`, nullable: true },
  createdAt: { joins: Prisma.empty, key: Prisma.sql`u."createdAt"` },
  requests: {
    joins: Prisma.sql`LEFT JOIN (SELECT "customerId", COUNT(*) AS n FROM "HostingRequest" GROUP BY 1) rq ON rq."customerId" = u."id"`,
    key: Prisma.sql`COALESCE(rq.n, 0)`,
  },
  lifetimeValue: {
    joins: Prisma.sql`JOIN "CRMCustomerValue" cv ON cv."customerId" = u."id"`,
    key: Prisma.sql`cv."valueCents"`,
  },
};

/** `%q%` for ILIKE, with the pattern's own wildcards escaped. */
const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function searchWhere(q: string | undefined): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  const pattern = containsPattern(q);
  return Prisma.sql`(u."name" ILIKE ${pattern} OR u."email" ILIKE ${pattern} OR u."company" ILIKE ${pattern})`;
}

/**
 * One page of customers with their figures; sorted by the chosen column, then by id. The page's ids
 * are chosen first, and the figures computed for those rows only.
 */
export async function listCustomers(actor: Actor, query: CustomerListQuery) {
  assertCan(actor, "crm:read");
  const where = searchWhere(query.q);
  const direction = Prisma.raw(query.dir === "desc" ? "DESC" : "ASC");
  const { joins, key, nullable } = orderings[query.sort];
  // Only where the key may be null: an order naming NULLS LAST in descending order is not the
  // index's, which PostgreSQL would then not read in order.
  const nulls = nullable ? Prisma.sql`NULLS LAST` : Prisma.empty;
  const [page, counted] = await Promise.all([
    db.$queryRaw<Array<{ id: string }>>`
      SELECT u."id" FROM "User" u ${joins}
      WHERE u."role" = 'CUSTOMER' AND ${where}
      ORDER BY ${key} ${direction} ${nulls}, u."id" ${direction}
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db.$queryRaw<Array<{ total: unknown }>>`SELECT COUNT(*)::int AS total FROM "User" u WHERE u."role" = 'CUSTOMER' AND ${where}`,
  ]);
  const ids = page.map((r) => r.id);
  const rows = ids.length ? await db.$queryRaw<FigureRow[]>`${figuresQuery(Prisma.sql`u."id" IN (${Prisma.join(ids)})`)}` : [];
  const items = ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is FigureRow => r !== undefined);
  return { items: items.map(toFigures), total: Number(counted[0]?.total ?? 0), page: query.page, pageSize: query.pageSize };
}

/** A customer's account with their figures, requests, leads and tickets (the latest 50 of each). */
export async function getCustomer(actor: Actor, id: string) {
  assertCan(actor, "crm:read");
  const [row] = await db.$queryRaw<FigureRow[]>(figuresQuery(Prisma.sql`u."id" = ${id}`));
  if (!row) throw new AppError("NOT_FOUND", "This customer does not exist.");
  const [requests, leads, tickets] = await Promise.all([
    db.hostingRequest.findMany({
      where: { customerId: id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: {
        id: true,
        reference: true,
        status: true,
        billingCycle: true,
        monthlyCents: true,
        yearlyCents: true,
        domainName: true,
        createdAt: true,
        plan: { select: { name: true } },
      },
    }),
    db.cRMLead.findMany({
      where: { customerId: id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: {
        id: true,
        name: true,
        stage: true,
        source: true,
        valueCents: true,
        createdAt: true,
        wonAt: true,
        assignee: { select: { name: true } },
      },
    }),
    db.cRMTicket.findMany({
      where: { customerId: id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true, number: true, subject: true, status: true, priority: true, createdAt: true, updatedAt: true },
    }),
  ]);
  return { ...toFigures(row), requestList: requests, leadList: leads, ticketList: tickets };
}
