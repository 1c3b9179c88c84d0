import "server-only";
import { db } from "../../db";
import type { MetricKindName } from "./kinds";
import { addTotals, emptyTotals, minuteStart, type Totals } from "./rates";

export type MinuteRow = Totals & { minute: Date; kind: MetricKindName };

/** The per-minute rows of every instance from `since` to the minute holding `now`, optionally of one kind. */
export async function readMinutes(since: Date, now: Date, kind?: MetricKindName): Promise<MinuteRow[]> {
  return db.metricMinute.findMany({
    where: { minute: { gte: since, lte: minuteStart(now) }, ...(kind ? { kind } : {}) },
    select: { minute: true, kind: true, count: true, errors: true, durationMs: true, buckets: true },
  });
}

/** Instances summed: one total per minute (and kind when asked), keyed by the minute's epoch ms. */
export function byMinute(rows: readonly MinuteRow[], kind?: MetricKindName): Map<number, Totals> {
  const minutes = new Map<number, Totals>();
  for (const row of rows) {
    if (kind && row.kind !== kind) continue;
    const key = row.minute.getTime();
    addTotals(minutes.get(key) ?? minutes.set(key, emptyTotals()).get(key)!, row);
  }
  return minutes;
}
