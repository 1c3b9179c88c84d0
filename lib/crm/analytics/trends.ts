import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { leadEventTotalsPer } from "../lead-days";
import { leadSources, type LeadSourceName } from "../stages";
import { bucketsBetween, DAY } from "./figures";
import type { TrendsQuery } from "./schemas";

/**
 * Leads created per week by source over the last `weeks` weeks (this one included), and value
 * won per month over the last `months` months (this one included), from the leads' daily totals.
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
    leadEventTotalsPer("week", "SOURCE", weeksStart, end),
    leadEventTotalsPer("month", "STAGE", monthsStart, end),
  ]);

  return {
    leadsPerWeek: bucketsBetween("week", weeksStart, today).map((week) => {
      const bySource = Object.fromEntries(
        leadSources.map((source) => [
          source,
          weekly.find((r) => r.bucket === week && r.event === "CREATED" && r.key === source)?.count ?? 0,
        ]),
      ) as Record<LeadSourceName, number>;
      return { week, bySource, total: Object.values(bySource).reduce((a, b) => a + b, 0) };
    }),
    wonPerMonth: bucketsBetween("month", monthsStart, today).map((month) => {
      const won = monthly.find((r) => r.bucket === month && r.event === "WON");
      return { month: month.slice(0, 7), count: won?.count ?? 0, valueCents: won?.valueCents ?? 0 };
    }),
  };
}
