import "server-only";
import type { Actor } from "../auth/roles";
import { can } from "../auth/permissions";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client.ts";
import {
  resolveRange,
  type ConversionGroup,
  type ConversionQuery,
  type OverviewQuery,
  type Range,
  type TrendsQuery,
} from "./analytics-schemas";
import { openTicketStatuses } from "../tickets/sla";
import { leadSources, leadStages, openStages, type LeadSourceName, type LeadStageName } from "./stages";

/*
 * CRM analytics. Every figure is a SQL aggregate (count, sum, group by,
 * date_trunc); JavaScript only merges the few grouped rows and derives ratios.
 * Days and weeks are UTC; weeks start on Monday (PostgreSQL's date_trunc).
 */

/**
 * A headline figure with the same figure over the previous period.
 * `change` is relative for counts and amounts (0.25 = +25 %) and absolute for
 * rates (0.05 = +5 points); null when there is nothing to compare with.
 */
export type Kpi = { value: number | null; previous: number | null; change: number | null };

const DAY = 86_400_000;

function relative(value: number, previous: number): Kpi {
  return { value, previous, change: previous === 0 ? null : (value - previous) / previous };
}

function rateKpi(value: number | null, previous: number | null): Kpi {
  return { value, previous, change: value === null || previous === null ? null : value - previous };
}

const rate = (won: number, lost: number) => (won + lost === 0 ? null : won / (won + lost));

/** Numbers from raw queries may arrive as bigint, string or number depending on the driver. */
const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));

const inRange = (start: Date, end: Date) => ({ gte: start, lt: end });

function publicRange(range: Range) {
  return {
    from: range.from,
    to: range.to,
    days: range.days,
    previousFrom: range.previousStart.toISOString().slice(0, 10),
    previousTo: new Date(range.previousEnd.getTime() - DAY).toISOString().slice(0, 10),
  };
}

/** Won leads (by `wonAt`) and lost leads (by `lostAt`) closed within `[start, end)`. */
async function closedBetween(start: Date, end: Date) {
  const [won, lost] = await Promise.all([
    db.cRMLead.aggregate({ where: { stage: "WON", wonAt: inRange(start, end) }, _count: true, _sum: { valueCents: true } }),
    db.cRMLead.count({ where: { stage: "LOST", lostAt: inRange(start, end) } }),
  ]);
  return { won: won._count, wonValueCents: won._sum.valueCents ?? 0, lost };
}

/**
 * The month of the period's last day up to that day, and the same days of the month before
 * (cut at that month's end): "won this month" compares like with like.
 */
function monthToDate(range: Range) {
  const last = new Date(range.end.getTime() - DAY);
  const start = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), 1));
  const previousStart = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - 1, 1));
  const previousEnd = new Date(Math.min(previousStart.getTime() + (range.end.getTime() - start.getTime()), start.getTime()));
  return { month: start.toISOString().slice(0, 7), start, end: range.end, previousStart, previousEnd };
}

/**
 * What separates today's pipeline from the one when the period began (today's values): open leads
 * created since then, and leads created before it but won or lost since (reopening a lead clears its
 * closing date). Both read only the period's rows, through the createdAt, wonAt and lostAt indexes,
 * where rebuilding the old pipeline directly would scan every older lead.
 */
async function pipelineChangeSince(start: Date) {
  const [added, closed] = await Promise.all([
    db.cRMLead.aggregate({
      where: { stage: { in: [...openStages] }, createdAt: { gte: start } },
      _count: true,
      _sum: { valueCents: true },
    }),
    db.cRMLead.aggregate({
      where: {
        createdAt: { lt: start },
        OR: [
          { stage: "WON", wonAt: { gte: start } },
          { stage: "LOST", lostAt: { gte: start } },
        ],
      },
      _count: true,
      _sum: { valueCents: true },
    }),
  ]);
  return {
    addedCount: added._count,
    addedValueCents: added._sum.valueCents ?? 0,
    closedCount: closed._count,
    closedValueCents: closed._sum.valueCents ?? 0,
  };
}

async function ticketFigures(range: Range) {
  const [open, urgent, breached, opened, openedBefore] = await Promise.all([
    db.cRMTicket.count({ where: { status: { in: [...openTicketStatuses] } } }),
    db.cRMTicket.count({ where: { status: { in: [...openTicketStatuses] }, priority: { in: ["URGENT", "HIGH"] } } }),
    db.cRMTicket.count({ where: { status: { in: [...openTicketStatuses] }, slaBreachedAt: { not: null } } }),
    db.cRMTicket.count({ where: { createdAt: inRange(range.start, range.end) } }),
    db.cRMTicket.count({ where: { createdAt: inRange(range.previousStart, range.previousEnd) } }),
  ]);
  return { open, urgentOpen: urgent, breachedOpen: breached, opened: relative(opened, openedBefore) };
}

async function salesFigures(actor: Actor, range: Range, now: Date) {
  const month = monthToDate(range);
  const [newLeads, newLeadsBefore, closed, closedBefore, byStage, pipelineBeforeDelta, wonMonth, wonMonthBefore, overdue, overdueMine] =
    await Promise.all([
      db.cRMLead.count({ where: { createdAt: inRange(range.start, range.end) } }),
      db.cRMLead.count({ where: { createdAt: inRange(range.previousStart, range.previousEnd) } }),
      closedBetween(range.start, range.end),
      closedBetween(range.previousStart, range.previousEnd),
      db.cRMLead.groupBy({
        by: ["stage"],
        where: { stage: { in: [...openStages] } },
        _count: { _all: true },
        _sum: { valueCents: true },
      }),
      pipelineChangeSince(range.start),
      db.cRMLead.aggregate({ where: { stage: "WON", wonAt: inRange(month.start, month.end) }, _count: true, _sum: { valueCents: true } }),
      db.cRMLead.aggregate({
        where: { stage: "WON", wonAt: inRange(month.previousStart, month.previousEnd) },
        _count: true,
        _sum: { valueCents: true },
      }),
      db.cRMActivity.count({ where: { type: "TASK", completedAt: null, dueAt: { lt: now } } }),
      db.cRMActivity.count({ where: { type: "TASK", completedAt: null, dueAt: { lt: now }, userId: actor.id } }),
    ]);

  const stages = openStages.map((stage) => {
    const row = byStage.find((r) => r.stage === stage);
    return { stage, count: row?._count._all ?? 0, valueCents: row?._sum.valueCents ?? 0 };
  });
  const pipelineValue = stages.reduce((total, s) => total + s.valueCents, 0);
  const pipelineCount = stages.reduce((total, s) => total + s.count, 0);
  const pipelineBefore = {
    count: pipelineCount - pipelineBeforeDelta.addedCount + pipelineBeforeDelta.closedCount,
    valueCents: pipelineValue - pipelineBeforeDelta.addedValueCents + pipelineBeforeDelta.closedValueCents,
  };

  return {
    newLeads: relative(newLeads, newLeadsBefore),
    conversionRate: {
      ...rateKpi(rate(closed.won, closed.lost), rate(closedBefore.won, closedBefore.lost)),
      won: closed.won,
      lost: closed.lost,
    },
    pipeline: {
      ...relative(pipelineValue, pipelineBefore.valueCents),
      count: pipelineCount,
      previousCount: pipelineBefore.count,
      stages,
    },
    wonThisMonth: {
      ...relative(wonMonth._sum.valueCents ?? 0, wonMonthBefore._sum.valueCents ?? 0),
      month: month.month,
      count: wonMonth._count,
      previousCount: wonMonthBefore._count,
    },
    overdueActivities: { value: overdue, mine: overdueMine },
  };
}

/**
 * Headline figures of the CRM over a period (default: the last 30 days) against the period just
 * before. Sellers and admins get every figure; support only the tickets part (`sales` is null).
 *
 * - newLeads: leads created in the period.
 * - conversionRate: won ÷ (won + lost) among leads closed in the period (by `wonAt` / `lostAt`).
 * - pipeline: count and value of the leads in open stages now, against the pipeline at the
 *   period's start rebuilt from creation and closing dates (with today's lead values).
 * - wonThisMonth: value of the leads won in the month of the period's last day, up to that day,
 *   against the same days of the month before.
 * - overdueActivities: tasks past due and not completed (everyone's, and the actor's).
 * - tickets: open tickets now; tickets opened in the period against the previous period.
 */
export async function crmOverview(actor: Actor, query: OverviewQuery = {}, now = new Date()) {
  assertCan(actor, "dashboard:tickets");
  const range = resolveRange(query, now);
  const [sales, tickets] = await Promise.all([
    can(actor.role, "dashboard:sales") ? salesFigures(actor, range, now) : Promise.resolve(null),
    ticketFigures(range),
  ]);
  return { range: publicRange(range), sales, tickets };
}
export type CrmOverview = Awaited<ReturnType<typeof crmOverview>>;

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

/** Every bucket start (`YYYY-MM-DD`) from the one holding `start` to the one holding `lastDay`. */
export function bucketsBetween(unit: "week" | "month", start: Date, lastDay: Date): string[] {
  const first =
    unit === "month"
      ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1))
      : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() - ((start.getUTCDay() + 6) % 7)));
  const keys: string[] = [];
  for (let at = first; at <= lastDay;) {
    keys.push(at.toISOString().slice(0, 10));
    at =
      unit === "month"
        ? new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1))
        : new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 7));
  }
  return keys;
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

/**
 * Leads created per week by source over the last `weeks` weeks (this one included), and value
 * won per month over the last `months` months (this one included).
 */
export async function crmTrends(actor: Actor, query: Partial<TrendsQuery> = {}, now = new Date()) {
  assertCan(actor, "dashboard:sales");
  const weeks = query.weeks ?? 12;
  const months = query.months ?? 12;
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const thisWeek = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY);
  const weeksStart = new Date(thisWeek.getTime() - (weeks - 1) * 7 * DAY);
  const monthsStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (months - 1), 1));
  const end = new Date(today.getTime() + DAY);

  const [weekly, monthly] = await Promise.all([
    db.$queryRaw<Array<{ bucket: string; source: LeadSourceName; n: unknown }>>`
      SELECT to_char(date_trunc('week', "createdAt"), 'YYYY-MM-DD') AS bucket, "source"::text AS source, COUNT(*)::int AS n
      FROM "CRMLead" WHERE "createdAt" >= ${weeksStart} AND "createdAt" < ${end}
      GROUP BY 1, 2`,
    db.$queryRaw<Array<{ bucket: string; n: unknown; value: unknown }>>`
      SELECT to_char(date_trunc('month', "wonAt"), 'YYYY-MM-DD') AS bucket, COUNT(*)::int AS n, SUM("valueCents")::float8 AS value
      FROM "CRMLead" WHERE "stage" = 'WON' AND "wonAt" >= ${monthsStart} AND "wonAt" < ${end}
      GROUP BY 1`,
  ]);

  return {
    leadsPerWeek: bucketsBetween("week", weeksStart, today).map((week) => {
      const bySource = Object.fromEntries(
        leadSources.map((source) => [source, num(weekly.find((r) => r.bucket === week && r.source === source)?.n)]),
      ) as Record<LeadSourceName, number>;
      return { week, bySource, total: Object.values(bySource).reduce((a, b) => a + b, 0) };
    }),
    wonPerMonth: bucketsBetween("month", monthsStart, today).map((month) => {
      const r = monthly.find((x) => x.bucket === month);
      return { month: month.slice(0, 7), count: num(r?.n), valueCents: num(r?.value) };
    }),
  };
}
