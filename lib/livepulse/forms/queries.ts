import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { formFunnel, type FunnelEvent } from "./funnel";
import { resolvePeriod, type FormAnalyticsQuery } from "./period";

export const trackedForm = "hosting-request";

/**
 * A form's events in [from, to), grouped in the database by session and kind: a session that
 * resent or repeated an event comes back as one row with its count and earliest time.
 */
export async function funnelEventsBetween(from: Date, to: Date, form: string = trackedForm): Promise<FunnelEvent[]> {
  const rows = await db.formEvent.groupBy({
    by: ["sessionId", "type", "section", "field", "message"],
    where: { form, createdAt: { gte: from, lt: to } },
    _min: { createdAt: true },
    _max: { durationMs: true },
    _count: { _all: true },
  });
  return rows.map((row) => ({
    sessionId: row.sessionId,
    type: row.type,
    section: row.section,
    field: row.field,
    message: row.message,
    durationMs: row._max.durationMs,
    at: row._min.createdAt ?? from,
    count: row._count._all,
  }));
}

/** How many of the most frequent validation errors are listed. */
const topErrors = 10;

/** The hosting request form's funnel over a period, for LivePulse readers. */
export async function formAnalytics(actor: Actor, query: FormAnalyticsQuery, now = new Date()) {
  assertCan(actor, "livepulse:read");
  const period = resolvePeriod(query, now);
  const funnel = formFunnel(await funnelEventsBetween(period.from, period.to));
  return {
    period: { preset: period.preset, from: period.from.toISOString(), to: period.to.toISOString() },
    ...funnel,
    errors: funnel.errors.slice(0, topErrors),
  };
}

/** Percent of the form sessions seen in the window that started and were not submitted (0 without starts). */
export async function formAbandonmentRate(windowMinutes: number, now: Date = new Date()): Promise<number> {
  const funnel = formFunnel(await funnelEventsBetween(new Date(now.getTime() - windowMinutes * 60_000), now));
  return Math.round(funnel.abandonmentRate * 1000) / 10;
}
