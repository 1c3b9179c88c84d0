import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { funnelEventsBetween } from "./events";
import { formFunnel } from "./funnel";
import { resolvePeriod, type FormAnalyticsQuery } from "./period";

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
