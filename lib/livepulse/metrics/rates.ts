import { addBuckets, emptyBuckets, percentile } from "./histogram";

/** What one or many minutes of requests add up to. */
export type Totals = { count: number; errors: number; durationMs: number; buckets: number[] };

export function emptyTotals(): Totals {
  return { count: 0, errors: 0, durationMs: 0, buckets: emptyBuckets() };
}

export function addTotals(into: Totals, row: Readonly<Totals>): Totals {
  into.count += row.count;
  into.errors += row.errors;
  into.durationMs += row.durationMs;
  addBuckets(into.buckets, row.buckets);
  return into;
}

export function sumTotals(rows: readonly Readonly<Totals>[]): Totals {
  return rows.reduce(addTotals, emptyTotals());
}

/** Rounded to two decimals: figures for people and alert thresholds, not for further sums. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Events per minute over a window of `minutes`. */
export function perMinute(count: number, minutes: number): number {
  return minutes > 0 ? round2(count / minutes) : 0;
}

/** Events per hour over a window of `minutes` (a shorter window is scaled up). */
export function perHour(count: number, minutes: number): number {
  return minutes > 0 ? round2((count * 60) / minutes) : 0;
}

/** Share of failed requests, in percent; 0 when there was none. */
export function errorRate(totals: Pick<Totals, "count" | "errors">): number {
  return totals.count > 0 ? round2((100 * totals.errors) / totals.count) : 0;
}

export function p95(totals: Pick<Totals, "buckets">): number {
  return round2(percentile(totals.buckets, 0.95));
}

/** Start of the UTC minute holding `time`. */
export function minuteStart(time: Date | number): Date {
  const ms = typeof time === "number" ? time : time.getTime();
  return new Date(ms - (ms % 60_000));
}

/** First minute of a window of `minutes` that ends with the minute holding `now` (the current, partial one included). */
export function windowStart(now: Date, minutes: number): Date {
  return new Date(minuteStart(now).getTime() - (Math.max(1, minutes) - 1) * 60_000);
}
