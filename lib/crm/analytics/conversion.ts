import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { leadSources, leadStages, type LeadSourceName, type LeadStageName } from "../stages";
import { eventCounts, leadEventsBetween, leadEventTotals, leadEventTotalsPer, type LeadEventName, type LeadEventTotal } from "../lead-days";
import { bucketsBetween, DAY, publicRange, rate } from "./figures";
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

/** A group's created, won and lost leads among a facet's totals. */
function groupRow(totals: LeadEventTotal[], key: string | null): ConversionRow {
  const of = (event: LeadEventName) => totals.find((total) => total.event === event && total.key === key);
  return row(key ?? "none", of("CREATED")?.count ?? 0, of("WON")?.count ?? 0, of("LOST")?.count ?? 0, of("WON")?.valueCents ?? 0);
}

async function bySource(range: Range): Promise<ConversionRow[]> {
  const totals = await leadEventTotals("SOURCE", range.start, range.end);
  return leadSources.map((source: LeadSourceName) => groupRow(totals, source));
}

async function bySeller(range: Range): Promise<ConversionRow[]> {
  const totals = await leadEventTotals("ASSIGNEE", range.start, range.end);
  const ids = [...new Set(totals.map((total) => total.key))];
  const people = await db.user.findMany({
    where: { id: { in: ids.filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
  });
  return ids
    .map((id) => ({ ...groupRow(totals, id), label: id ? (people.find((p) => p.id === id)?.name ?? null) : null }))
    .sort((a, b) => b.wonValueCents - a.wonValueCents || b.created - a.created || String(a.label).localeCompare(String(b.label)));
}

/** Leads created in the period, by the stage they are in now: how far that cohort got. */
async function byStage(range: Range): Promise<ConversionRow[]> {
  const created = (await leadEventTotals("STAGE", range.start, range.end)).filter((total) => total.event === "CREATED");
  return leadStages.map((stage: LeadStageName) => {
    const group = created.find((total) => total.key === stage);
    const count = group?.count ?? 0;
    const value = group?.valueCents ?? 0;
    const won = stage === "WON" ? count : 0;
    const lost = stage === "LOST" ? count : 0;
    return { ...row(stage, count, won, lost, won ? value : 0), conversionRate: null, valueCents: value };
  });
}

/** Created (by `createdAt`), won and lost (by closing date) per week or month of the period. */
async function byPeriod(range: Range, unit: "week" | "month"): Promise<ConversionRow[]> {
  const totals = await leadEventTotalsPer(unit, "STAGE", range.start, range.end);
  return bucketsBetween(unit, range.start, new Date(range.end.getTime() - DAY)).map((bucket) => {
    const events = eventCounts(totals.filter((total) => total.bucket === bucket));
    return row(bucket, events.created, events.won, events.lost, events.wonValueCents);
  });
}

/**
 * Conversion over a period, grouped by lead source, seller (assignee) or week / month: leads
 * created (by `createdAt`), won and lost (by `wonAt` / `lostAt`), so a group's rate is won ÷ closed
 * in the period, as on the dashboard. `by=stage` instead takes the leads created in the period and
 * groups them by the stage they are in now (its total's rate is that cohort's won ÷ closed). Every
 * figure comes from the leads' daily totals (lead-days.ts).
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
    const events = await leadEventsBetween(range.start, range.end);
    total = row("total", events.created, events.won, events.lost, events.wonValueCents);
  }
  return { range: publicRange(range), by, ...(by === "period" ? { period } : {}), groups, total };
}
