import "server-only";
import type { Range } from "./schemas";

/*
 * CRM analytics. Every figure is a SQL aggregate (count, sum, group by,
 * date_trunc), of the leads' daily and running totals where it can be (lead-days.ts,
 * lead-totals.ts); JavaScript only merges the few grouped rows and derives ratios.
 * Days and weeks are UTC; weeks start on Monday (PostgreSQL's date_trunc).
 */

/**
 * A headline figure with the same figure over the previous period.
 * `change` is relative for counts and amounts (0.25 = +25 %) and absolute for
 * rates (0.05 = +5 points); null when there is nothing to compare with.
 */
export type Kpi = { value: number | null; previous: number | null; change: number | null };

export const DAY = 86_400_000;

export function relative(value: number, previous: number): Kpi {
  return { value, previous, change: previous === 0 ? null : (value - previous) / previous };
}

export function rateKpi(value: number | null, previous: number | null): Kpi {
  return { value, previous, change: value === null || previous === null ? null : value - previous };
}

export const rate = (won: number, lost: number) => (won + lost === 0 ? null : won / (won + lost));

export const inRange = (start: Date, end: Date) => ({ gte: start, lt: end });

export function publicRange(range: Range) {
  return {
    from: range.from,
    to: range.to,
    days: range.days,
    previousFrom: range.previousStart.toISOString().slice(0, 10),
    previousTo: new Date(range.previousEnd.getTime() - DAY).toISOString().slice(0, 10),
  };
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
