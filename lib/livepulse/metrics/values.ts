import "server-only";
import { activeUsers } from "./active-users";
import { countCreated, type BusinessCounter } from "./business";
import type { MetricKindName } from "./kinds";
import { errorRate, p95, perHour, perMinute, sumTotals, windowStart } from "./rates";
import { readMinutes } from "./store";

/** The metrics LivePulse measures itself. */
export const measuredMetrics = [
  "REQUESTS_PER_MINUTE",
  "P95_LATENCY_MS",
  "ERROR_RATE",
  "ACTIVE_USERS",
  "FORM_SUBMISSIONS_PER_HOUR",
  "NEW_LEADS_PER_HOUR",
  "NEW_TICKETS_PER_HOUR",
] as const;
export type MeasuredMetric = (typeof measuredMetrics)[number];

const businessCounters: Partial<Record<MeasuredMetric, BusinessCounter>> = {
  FORM_SUBMISSIONS_PER_HOUR: "formSubmissions",
  NEW_LEADS_PER_HOUR: "newLeads",
  NEW_TICKETS_PER_HOUR: "newTickets",
};

/**
 * One metric over the last `windowMinutes` at `now`, across every instance:
 * - request figures (pages, actions and API together, or one `kind`) from the
 *   flushed per-minute rows of the window's minutes, the current one included;
 *   error rate in percent, p95 in ms from the summed latency buckets;
 * - active users: signed-in users seen in the window;
 * - business rates: rows created in the window, scaled to an hour.
 */
export async function metricValue(metric: MeasuredMetric, windowMinutes: number, now: Date, kind?: MetricKindName): Promise<number> {
  const minutes = Math.max(1, windowMinutes);
  const counter = businessCounters[metric];
  if (counter) return perHour(await countCreated(counter, new Date(now.getTime() - minutes * 60_000), now), minutes);
  if (metric === "ACTIVE_USERS") return activeUsers(minutes, now);
  const totals = sumTotals(await readMinutes(windowStart(now, minutes), now, kind));
  if (metric === "REQUESTS_PER_MINUTE") return perMinute(totals.count, minutes);
  if (metric === "ERROR_RATE") return errorRate(totals);
  return p95(totals);
}

/** An alert rule's source for a measured metric: its value over the rule's window. */
export function metricSource(metric: MeasuredMetric) {
  return ({ windowMinutes }: { windowMinutes: number }, now: Date) => metricValue(metric, windowMinutes, now);
}
