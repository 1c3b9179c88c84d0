import "server-only";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { type ServiceStatusName } from "./schemas";
import { uptimePercent, type StatusCounts } from "./status";

const HOUR = 3_600_000;
/** The latency chart's resolution: one point per ten minutes over the last day. */
export const historyBucketMs = 10 * 60_000;
const recentResults = 20;

async function statusCounts(since: Date, now: Date): Promise<Map<string, StatusCounts>> {
  const rows = await db.serviceCheckResult.groupBy({
    by: ["checkId", "status"],
    where: { checkedAt: { gte: since, lte: now } },
    _count: { _all: true },
  });
  const counts = new Map<string, StatusCounts>();
  for (const row of rows) {
    const entry = counts.get(row.checkId) ?? {};
    entry[row.status as ServiceStatusName] = row._count._all;
    counts.set(row.checkId, entry);
  }
  return counts;
}

export type HistoryPoint = { at: number; latencyMs: number | null; down: boolean };

/** Each monitor's last day in ten-minute points: the mean latency, and whether any check in it was down. */
async function latencyHistory(since: Date, now: Date): Promise<Map<string, HistoryPoint[]>> {
  const seconds = historyBucketMs / 1000;
  const rows = await db.$queryRaw<Array<{ checkId: string; at: unknown; latency: unknown; down: unknown }>>`
    SELECT "checkId", (floor(extract(epoch FROM "checkedAt") / ${seconds}) * ${seconds})::float8 AS at,
           avg("latencyMs")::float8 AS latency, bool_or("status" = 'DOWN') AS down
    FROM "ServiceCheckResult"
    WHERE "checkedAt" >= ${since} AND "checkedAt" <= ${now}
    GROUP BY 1, 2 ORDER BY 1, 2`;
  const history = new Map<string, HistoryPoint[]>();
  for (const row of rows) {
    const points = history.get(row.checkId) ?? [];
    points.push({
      at: Number(row.at) * 1000,
      latencyMs: row.latency === null ? null : Math.round(Number(row.latency) * 10) / 10,
      down: row.down === true,
    });
    history.set(row.checkId, points);
  }
  return history;
}

/**
 * Every monitor with its latest state, uptime over 24 hours and 7 days, its
 * latency over the last day and its latest results (newest first).
 */
export async function listMonitors(actor: Actor, now = new Date()) {
  assertCan(actor, "livepulse:read");
  const dayAgo = new Date(now.getTime() - 24 * HOUR);
  const weekAgo = new Date(now.getTime() - 7 * 24 * HOUR);
  const checks = await db.serviceCheck.findMany({ orderBy: [{ builtin: "desc" }, { name: "asc" }, { id: "asc" }] });
  const [day, week, history, recent] = await Promise.all([
    statusCounts(dayAgo, now),
    statusCounts(weekAgo, now),
    latencyHistory(dayAgo, now),
    Promise.all(
      checks.map((check) =>
        db.serviceCheckResult.findMany({
          where: { checkId: check.id, checkedAt: { lte: now } },
          orderBy: { checkedAt: "desc" },
          take: recentResults,
          select: { status: true, latencyMs: true, error: true, checkedAt: true },
        }),
      ),
    ),
  ]);
  return checks.map((check, index) => ({
    id: check.id,
    name: check.name,
    nameKey: check.nameKey,
    kind: check.kind,
    target: check.target,
    expectedStatus: check.expectedStatus,
    keyword: check.keyword,
    keywordMode: check.keywordMode,
    certExpiresAt: check.certExpiresAt,
    timeoutMs: check.timeoutMs,
    intervalSeconds: check.intervalSeconds,
    builtin: check.builtin,
    enabled: check.enabled,
    status: check.lastStatus,
    latencyMs: check.lastLatencyMs,
    lastError: check.lastError,
    lastCheckedAt: check.lastCheckedAt,
    uptime24h: uptimePercent(day.get(check.id) ?? {}),
    uptime7d: uptimePercent(week.get(check.id) ?? {}),
    history: history.get(check.id) ?? [],
    recent: recent[index],
  }));
}
export type MonitorView = Awaited<ReturnType<typeof listMonitors>>[number];
