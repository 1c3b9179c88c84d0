import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { Prisma } from "../../generated/prisma/client.ts";
import { leadSources, leadStages, type LeadSourceName, type LeadStageName } from "../stages";
import { bucketsBetween, closedBetween, DAY, inRange, num, publicRange, rate } from "./figures";
import { resolveRange, type ConversionGroup, type ConversionQuery, type Range } from "./schemas";

export type ConversionRow = {
  key: string;
  /** A seller's name (by=seller); null for unassigned leads. */
  label?: string | null;
  created: number;
  won: number;
  lost: number;
  /** won ÷ (won + lost); null when none closed. */
  conversionRate: number | null;
  wonValueCents: number;
  /** by=stage only: value of the leads now in the stage. */
  valueCents?: number;
};

function row(key: string, created: number, won: number, lost: number, wonValueCents: number): ConversionRow {
  return { key, created, won, lost, conversionRate: rate(won, lost), wonValueCents };
}

async function bySource(range: Range): Promise<ConversionRow[]> {
  const [created, won, lost] = await Promise.all([
    db.cRMLead.groupBy({ by: ["source"], where: { createdAt: inRange(range.start, range.end) }, _count: { _all: true } }),
    db.cRMLead.groupBy({
      by: ["source"],
      where: { stage: "WON", wonAt: inRange(range.start, range.end) },
      _count: { _all: true },
      _sum: { valueCents: true },
    }),
    db.cRMLead.groupBy({ by: ["source"], where: { stage: "LOST", lostAt: inRange(range.start, range.end) }, _count: { _all: true } }),
  ]);
  return leadSources.map((source: LeadSourceName) => {
    const w = won.find((r) => r.source === source);
    return row(
      source,
      created.find((r) => r.source === source)?._count._all ?? 0,
      w?._count._all ?? 0,
      lost.find((r) => r.source === source)?._count._all ?? 0,
      w?._sum.valueCents ?? 0,
    );
  });
}

async function bySeller(range: Range): Promise<ConversionRow[]> {
  const [created, won, lost] = await Promise.all([
    db.cRMLead.groupBy({ by: ["assigneeId"], where: { createdAt: inRange(range.start, range.end) }, _count: { _all: true } }),
    db.cRMLead.groupBy({
      by: ["assigneeId"],
      where: { stage: "WON", wonAt: inRange(range.start, range.end) },
      _count: { _all: true },
      _sum: { valueCents: true },
    }),
    db.cRMLead.groupBy({ by: ["assigneeId"], where: { stage: "LOST", lostAt: inRange(range.start, range.end) }, _count: { _all: true } }),
  ]);
  const ids = [...new Set([...created, ...won, ...lost].map((r) => r.assigneeId))];
  const people = await db.user.findMany({
    where: { id: { in: ids.filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
  });
  return ids
    .map((id) => {
      const w = won.find((r) => r.assigneeId === id);
      return {
        ...row(
          id ?? "none",
          created.find((r) => r.assigneeId === id)?._count._all ?? 0,
          w?._count._all ?? 0,
          lost.find((r) => r.assigneeId === id)?._count._all ?? 0,
          w?._sum.valueCents ?? 0,
        ),
        label: id ? (people.find((p) => p.id === id)?.name ?? null) : null,
      };
    })
    .sort((a, b) => b.wonValueCents - a.wonValueCents || b.created - a.created || String(a.label).localeCompare(String(b.label)));
}

/** Leads created in the period, by the stage they are in now: how far that cohort got. */
async function byStage(range: Range): Promise<ConversionRow[]> {
  const groups = await db.cRMLead.groupBy({
    by: ["stage"],
    where: { createdAt: inRange(range.start, range.end) },
    _count: { _all: true },
    _sum: { valueCents: true },
  });
  return leadStages.map((stage: LeadStageName) => {
    const g = groups.find((r) => r.stage === stage);
    const count = g?._count._all ?? 0;
    const value = g?._sum.valueCents ?? 0;
    const won = stage === "WON" ? count : 0;
    const lost = stage === "LOST" ? count : 0;
    return { ...row(stage, count, won, lost, won ? value : 0), conversionRate: null, valueCents: value };
  });
}

const truncUnit = (unit: "week" | "month") => Prisma.raw(unit === "week" ? "'week'" : "'month'");

/** Created (by `createdAt`), won and lost (by closing date) per week or month of the period. */
async function byPeriod(range: Range, unit: "week" | "month"): Promise<ConversionRow[]> {
  const u = truncUnit(unit);
  const rows = await db.$queryRaw<Array<{ bucket: string; created: unknown; won: unknown; lost: unknown; won_value: unknown }>>`
    SELECT bucket, SUM(created)::int AS created, SUM(won)::int AS won, SUM(lost)::int AS lost, SUM(won_value)::float8 AS won_value
    FROM (
      SELECT to_char(date_trunc(${u}, "createdAt"), 'YYYY-MM-DD') AS bucket, 1 AS created, 0 AS won, 0 AS lost, 0 AS won_value
        FROM "CRMLead" WHERE "createdAt" >= ${range.start} AND "createdAt" < ${range.end}
      UNION ALL
      SELECT to_char(date_trunc(${u}, "wonAt"), 'YYYY-MM-DD'), 0, 1, 0, "valueCents"
        FROM "CRMLead" WHERE "stage" = 'WON' AND "wonAt" >= ${range.start} AND "wonAt" < ${range.end}
      UNION ALL
      SELECT to_char(date_trunc(${u}, "lostAt"), 'YYYY-MM-DD'), 0, 0, 1, 0
        FROM "CRMLead" WHERE "stage" = 'LOST' AND "lostAt" >= ${range.start} AND "lostAt" < ${range.end}
    ) AS events
    GROUP BY bucket
    ORDER BY bucket`;
  return bucketsBetween(unit, range.start, new Date(range.end.getTime() - DAY)).map((bucket) => {
    const r = rows.find((x) => x.bucket === bucket);
    return row(bucket, num(r?.created), num(r?.won), num(r?.lost), num(r?.won_value));
  });
}

/**
 * Conversion over a period, grouped by lead source, seller (assignee) or week / month: leads
 * created (by `createdAt`), won and lost (by `wonAt` / `lostAt`), so a group's rate is won ÷ closed
 * in the period, as on the dashboard. `by=stage` instead takes the leads created in the period and
 * groups them by the stage they are in now (its total's rate is that cohort's won ÷ closed).
 */
export async function crmConversion(actor: Actor, query: Partial<ConversionQuery> = {}, now = new Date()) {
  assertCan(actor, "dashboard:sales");
  const range = resolveRange(query, now);
  const by: ConversionGroup = query.by ?? "source";
  const period = query.period ?? "month";
  const groups =
    by === "source"
      ? await bySource(range)
      : by === "seller"
        ? await bySeller(range)
        : by === "stage"
          ? await byStage(range)
          : await byPeriod(range, period);
  let total: ConversionRow;
  if (by === "stage") {
    const sum = (pick: (g: ConversionRow) => number) => groups.reduce((acc, g) => acc + pick(g), 0);
    total = row(
      "total",
      sum((g) => g.created),
      sum((g) => g.won),
      sum((g) => g.lost),
      sum((g) => g.wonValueCents),
    );
  } else {
    const [created, closed] = await Promise.all([
      db.cRMLead.count({ where: { createdAt: inRange(range.start, range.end) } }),
      closedBetween(range.start, range.end),
    ]);
    total = row("total", created, closed.won, closed.lost, closed.wonValueCents);
  }
  return { range: publicRange(range), by, ...(by === "period" ? { period } : {}), groups, total };
}
