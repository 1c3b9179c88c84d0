import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client.ts";

/**
 * Leads created, won and lost per UTC day, by stage, source or assignee, read from the daily
 * totals the database keeps as leads change (CRMLeadDay, see prisma/schema.prisma): the same
 * figures as grouping the period's leads, read from a few rows per day however many leads there are.
 * Periods are whole UTC days: `start` and `end` are midnights, `end` excluded.
 */

export type LeadEventName = "CREATED" | "WON" | "LOST";
/** What the figures are grouped by: the leads' stage now, their source or their assignee. */
export type LeadFacetName = "STAGE" | "SOURCE" | "ASSIGNEE";

export type LeadEventTotal = {
  event: LeadEventName;
  /** The stage or the source; the assignee's id (null: unassigned). */
  key: string | null;
  count: number;
  valueCents: number;
};

/** Count and value of the leads created, won and lost within [start, end), per key of `facet`. */
export async function leadEventTotals(facet: LeadFacetName, start: Date, end: Date): Promise<LeadEventTotal[]> {
  const rows = await db.cRMLeadDay.groupBy({
    by: ["event", "key"],
    where: { facet, day: { gte: start, lt: end } },
    _sum: { count: true, valueCents: true },
  });
  return rows
    .filter((row) => (row._sum.count ?? 0) !== 0)
    .map((row) => ({ event: row.event, key: row.key, count: row._sum.count ?? 0, valueCents: Number(row._sum.valueCents ?? 0) }));
}

/** The same per week (from Monday) or month within [start, end), `bucket` being its first day (`YYYY-MM-DD`). */
export async function leadEventTotalsPer(
  unit: "week" | "month",
  facet: LeadFacetName,
  start: Date,
  end: Date,
): Promise<Array<LeadEventTotal & { bucket: string }>> {
  const trunc = Prisma.raw(unit === "week" ? "'week'" : "'month'");
  const rows = await db.$queryRaw<Array<{ bucket: string; event: LeadEventName; key: string | null; n: number; v: number }>>`
    SELECT to_char(bucket, 'YYYY-MM-DD') AS bucket, "event"::text AS event, "key", n, v
    FROM (SELECT date_trunc(${trunc}, "day"::timestamp) AS bucket, "event", "key", sum("count")::int AS n, sum("valueCents")::float8 AS v
          FROM "CRMLeadDay"
          WHERE "facet" = ${facet}::"LeadFacet" AND "day" >= ${start}::date AND "day" < ${end}::date
          GROUP BY 1, 2, 3) AS buckets
    WHERE n <> 0`;
  return rows.map((row) => ({ bucket: row.bucket, event: row.event, key: row.key, count: Number(row.n), valueCents: Number(row.v) }));
}

/** Leads created, won (with their value) and lost among some of the totals of one facet. */
export function eventCounts(totals: readonly LeadEventTotal[]) {
  const sum = (event: LeadEventName, pick: (total: LeadEventTotal) => number) =>
    totals.filter((total) => total.event === event).reduce((acc, total) => acc + pick(total), 0);
  return {
    created: sum("CREATED", (total) => total.count),
    won: sum("WON", (total) => total.count),
    wonValueCents: sum("WON", (total) => total.valueCents),
    lost: sum("LOST", (total) => total.count),
  };
}

/** Leads created, won (with their value) and lost within [start, end). */
export async function leadEventsBetween(start: Date, end: Date) {
  return eventCounts(await leadEventTotals("STAGE", start, end));
}

/**
 * Folds the daily totals' rows into one per day, event, facet and key, where there are several, as
 * mergeLeadTotals does for the running totals. Run by the jobs' leader.
 */
export async function mergeLeadDays(): Promise<number> {
  return db.$executeRaw`
    WITH crowded AS (
      SELECT "day", "event", "facet", "key" FROM "CRMLeadDay" GROUP BY 1, 2, 3, 4 HAVING count(*) > 1
    ), merged AS (
      DELETE FROM "CRMLeadDay" d USING crowded c
      WHERE d."day" = c."day" AND d."event" = c."event" AND d."facet" = c."facet" AND d."key" IS NOT DISTINCT FROM c."key"
      RETURNING d."day", d."event", d."facet", d."key", d."count", d."valueCents"
    )
    INSERT INTO "CRMLeadDay" ("day", "event", "facet", "key", "count", "valueCents")
    SELECT "day", "event", "facet", "key", sum("count"), sum("valueCents") FROM merged GROUP BY 1, 2, 3, 4
    HAVING sum("count") <> 0 OR sum("valueCents") <> 0`;
}
