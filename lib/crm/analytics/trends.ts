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

  const [weekly, monthly] = await Promise.all([
    db.$queryRaw<Array<{ bucket: string; source: LeadSourceName; n: unknown }>>`
      SELECT to_char(date_trunc('week', "createdAt"), 'YYYY-MM-DD') AS bucket, "source"::text AS source, COUNT(*)::int AS n
      FROM "CRMLead" WHERE "createdAt" >= ${weeksStart} AND "createdAt" < ${end}
      GROUP BY 1, 2`,
    db.$queryRaw<Array<{ bucket: string; n: unknown; value: unknown }>>`
      SELECT to_char(date_trunc('month', "wonAt"), 'YYYY-MM-DD') AS bucket, COUNT(*)::int AS n, SUM("valueCents")::float8 AS value
      FROM "CRMLead" WHERE "stage" = 'WON' AND "wonAt" >= ${monthsStart} AND "wonAt" < ${end}
      GROUP BY 1`,
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
