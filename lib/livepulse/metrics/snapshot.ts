import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { countPerHour } from "./business";
import { metricKinds, type MetricKindName } from "./kinds";
import { emptyTotals, errorRate, minuteStart, p95, perMinute, sumTotals, windowStart } from "./rates";
import { byMinute, readMinutes } from "./store";
import { metricValue, type MeasuredMetric } from "./values";

const MINUTE = 60_000;
const HOUR = 3_600_000;
/** Request figures and active users: over the last 5 minutes. Business rates: over the last hour. */
export const CURRENT_WINDOW_MINUTES = { requests: 5, business: 60 } as const;

export type MinutePoint = {
  minute: string;
  requests: number;
  errors: number;
  errorRate: number;
  p95LatencyMs: number;
  byKind: Record<MetricKindName, number>;
};
export type HourPoint = { hour: string; formSubmissions: number; newLeads: number; newTickets: number };
export type KindFigures = { requestsPerMinute: number; p95LatencyMs: number; errorRate: number };
export type MetricsSnapshot = {
  generatedAt: string;
  windows: typeof CURRENT_WINDOW_MINUTES;
  current: Record<MeasuredMetric, number>;
  byKind: Record<MetricKindName, KindFigures>;
  /** The last hour, one point per minute, oldest first (the last one is the current, partial minute). */
  minutes: MinutePoint[];
  /** The last day, one point per hour, oldest first. */
  hours: HourPoint[];
};

/** What the LivePulse overview and its realtime API show: current figures and their last hour / day. */
export async function metricsSnapshot(actor: Actor, now = new Date()): Promise<MetricsSnapshot> {
  assertCan(actor, "livepulse:read");
  const hourStart = windowStart(now, 60);
  const thisHour = new Date(now.getTime() - (now.getTime() % HOUR));
  const dayStart = new Date(thisHour.getTime() - 23 * HOUR);
  const since = new Date(dayStart.getTime() - 1);
  const [rows, submissions, leads, tickets, ...values] = await Promise.all([
    readMinutes(hourStart, now),
    countPerHour("formSubmissions", since, now),
    countPerHour("newLeads", since, now),
    countPerHour("newTickets", since, now),
    metricValue("ACTIVE_USERS", CURRENT_WINDOW_MINUTES.requests, now),
    metricValue("FORM_SUBMISSIONS_PER_HOUR", CURRENT_WINDOW_MINUTES.business, now),
    metricValue("NEW_LEADS_PER_HOUR", CURRENT_WINDOW_MINUTES.business, now),
    metricValue("NEW_TICKETS_PER_HOUR", CURRENT_WINDOW_MINUTES.business, now),
  ]);
  const [activeUsers, formSubmissions, newLeads, newTickets] = values;

  const recentSince = windowStart(now, CURRENT_WINDOW_MINUTES.requests).getTime();
  const recent = rows.filter((r) => r.minute.getTime() >= recentSince);
  const figures = (kind?: MetricKindName): KindFigures => {
    const totals = sumTotals(kind ? recent.filter((r) => r.kind === kind) : recent);
    return {
      requestsPerMinute: perMinute(totals.count, CURRENT_WINDOW_MINUTES.requests),
      p95LatencyMs: p95(totals),
      errorRate: errorRate(totals),
    };
  };
  const all = figures();

  const total = byMinute(rows);
  const perKind = Object.fromEntries(metricKinds.map((k) => [k, byMinute(rows, k)])) as Record<MetricKindName, ReturnType<typeof byMinute>>;
  const minutes: MinutePoint[] = [];
  for (let t = hourStart.getTime(); t <= minuteStart(now).getTime(); t += MINUTE) {
    const m = total.get(t) ?? emptyTotals();
    minutes.push({
      minute: new Date(t).toISOString(),
      requests: m.count,
      errors: m.errors,
      errorRate: errorRate(m),
      p95LatencyMs: p95(m),
      byKind: Object.fromEntries(metricKinds.map((k) => [k, perKind[k].get(t)?.count ?? 0])) as Record<MetricKindName, number>,
    });
  }
  const hours: HourPoint[] = [];
  for (let t = dayStart.getTime(); t <= thisHour.getTime(); t += HOUR) {
    hours.push({
      hour: new Date(t).toISOString(),
      formSubmissions: submissions.get(t) ?? 0,
      newLeads: leads.get(t) ?? 0,
      newTickets: tickets.get(t) ?? 0,
    });
  }

  return {
    generatedAt: now.toISOString(),
    windows: CURRENT_WINDOW_MINUTES,
    current: {
      REQUESTS_PER_MINUTE: all.requestsPerMinute,
      P95_LATENCY_MS: all.p95LatencyMs,
      ERROR_RATE: all.errorRate,
      ACTIVE_USERS: activeUsers,
      FORM_SUBMISSIONS_PER_HOUR: formSubmissions,
      NEW_LEADS_PER_HOUR: newLeads,
      NEW_TICKETS_PER_HOUR: newTickets,
    },
    byKind: Object.fromEntries(metricKinds.map((k) => [k, figures(k)])) as Record<MetricKindName, KindFigures>,
    minutes,
    hours,
  };
}
