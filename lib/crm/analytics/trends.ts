import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { leadSources, type LeadSourceName } from "../stages";
import { bucketsBetween, DAY, num } from "./figures";
import type { TrendsQuery } from "./schemas";

/**
 * Leads created per week by source over the last `weeks` weeks (this one included), and value
 * won per month over the last `months` months (this one included).
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

  // Grouped by the truncated date and the source themselves, written as text once per group: text
  // made for each of a period's leads cost most of the statement (and a sort rather than a hash).
  const [weekly, monthly] = await Promise.all([
    db.$queryRaw<Array<{ bucket: string; source: LeadSourceName; n: unknown }>>`
      SELECT to_char(week, 'YYYY-MM-DD') AS bucket, "source"::text AS source, n
      FROM (SELECT date_trunc('week', "createdAt") AS week, "source", COUNT(*)::int AS n
            FROM "CRMLead" WHERE "createdAt" >= ${weeksStart} AND "createdAt" < ${end}
            GROUP BY 1, 2) AS weeks`,
    db.$queryRaw<Array<{ bucket: string; n: unknown; value: unknown }>>`
      SELECT to_char(month, 'YYYY-MM-DD') AS bucket, n, value
      FROM (SELECT date_trunc('month', "wonAt") AS month, COUNT(*)::int AS n, SUM("valueCents")::float8 AS value
            FROM "CRMLead" WHERE "stage" = 'WON' AND "wonAt" >= ${monthsStart} AND "wonAt" < ${end}
            GROUP BY 1) AS months`,
  ]);

  return {
    leadsPerWeek: bucketsBetween("week", weeksStart, today).map((week) => {
      const bySource = Object.fromEntries(
        leadSources.map((source) => [source, num(weekly.find((r) => r.bucket === week && r.source === source)?.n)]),
      ) as Record<LeadSourceName, number>;
      return { week, bySource, total: Object.values(bySource).reduce((a, b) => a + b, 0) };
    }),
    wonPerMonth: bucketsBetween("month", monthsStart, today).map((month) => {
      const r = monthly.find((x) => x.bucket === month);
      return { month: month.slice(0, 7), count: num(r?.n), valueCents: num(r?.value) };
    }),
  };
}
