import "server-only";
import { db } from "../../db";
import { formAbandonmentRate } from "../forms/queries";
import { metricSource } from "../metrics/values";
import type { AlertMetricName } from "./schemas";
import { daysLeft } from "../monitors/status";

const MINUTE = 60_000;

/** What a rule watches beyond its metric: the monitor of a monitor rule. */
export type RuleTarget = { windowMinutes: number; serviceCheckId: string | null };
/** A metric's value, or null when there is nothing to measure (the rule is then left as it is). */
type Source = (target: RuleTarget, now: Date) => Promise<number | null>;

/** Tickets with a deadline breached in the window (either kind, each ticket once). */
async function slaBreaches({ windowMinutes }: RuleTarget, now: Date): Promise<number> {
  const since = new Date(now.getTime() - windowMinutes * MINUTE);
  const inWindow = { gte: since, lte: now };
  return db.cRMTicket.count({ where: { OR: [{ firstResponseBreachedAt: inWindow }, { resolutionBreachedAt: inWindow }] } });
}

/** The watched monitor down (1) or not (0); without one, how many enabled monitors are down. */
async function monitorsDown({ serviceCheckId }: RuleTarget): Promise<number> {
  return db.serviceCheck.count({ where: { enabled: true, lastStatus: "DOWN", ...(serviceCheckId ? { id: serviceCheckId } : {}) } });
}

/**
 * Whole days before the watched monitor's HTTPS certificate expires; without
 * one, the soonest among enabled monitors. Null when no certificate was read.
 */
async function certDaysLeft({ serviceCheckId }: RuleTarget, now: Date): Promise<number | null> {
  const soonest = await db.serviceCheck.findFirst({
    where: { enabled: true, certExpiresAt: { not: null }, ...(serviceCheckId ? { id: serviceCheckId } : {}) },
    orderBy: { certExpiresAt: "asc" },
    select: { certExpiresAt: true },
  });
  return soonest?.certExpiresAt ? daysLeft(soonest.certExpiresAt, now) : null;
}

/** Where each metric's value comes from; a metric without a source cannot be evaluated yet. */
const sources: Partial<Record<AlertMetricName, Source>> = {
  SLA_BREACHES: slaBreaches,
  MONITOR_DOWN: monitorsDown,
  CERT_DAYS_LEFT: certDaysLeft,
  FORM_ABANDONMENT_RATE: ({ windowMinutes }, now) => formAbandonmentRate(windowMinutes, now),
  REQUESTS_PER_MINUTE: metricSource("REQUESTS_PER_MINUTE"),
  P95_LATENCY_MS: metricSource("P95_LATENCY_MS"),
  ERROR_RATE: metricSource("ERROR_RATE"),
  ACTIVE_USERS: metricSource("ACTIVE_USERS"),
  FORM_SUBMISSIONS_PER_HOUR: metricSource("FORM_SUBMISSIONS_PER_HOUR"),
  NEW_LEADS_PER_HOUR: metricSource("NEW_LEADS_PER_HOUR"),
  NEW_TICKETS_PER_HOUR: metricSource("NEW_TICKETS_PER_HOUR"),
};

export function canEvaluate(metric: AlertMetricName): boolean {
  return metric in sources;
}

/** The metric's value for a rule at `now`, or null when nothing measures it. */
export async function ruleValue(metric: AlertMetricName, target: RuleTarget, now: Date): Promise<number | null> {
  const source = sources[metric];
  return source ? source(target, now) : null;
}
