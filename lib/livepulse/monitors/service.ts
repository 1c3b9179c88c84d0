import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError, fieldErrorsFromIssues } from "../../errors";
import { publishMonitorUpdate, runCheck } from "./checks";
import { monitorSchema, type Monitor, type MonitorUpdate, type ServiceStatusName } from "./schemas";
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
    kind: check.kind,
    target: check.target,
    expectedStatus: check.expectedStatus,
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

async function findOrThrow(id: string) {
  const check = await db.serviceCheck.findUnique({ where: { id } });
  if (!check) throw new AppError("NOT_FOUND", "This monitor does not exist.");
  return check;
}

export async function createMonitor(actor: Actor, input: Monitor) {
  assertCan(actor, "livepulse:manage");
  const created = await db.$transaction(async (tx) => {
    const check = await tx.serviceCheck.create({ data: { ...input, builtin: false } });
    await writeAudit(tx, { actorId: actor.id, action: "serviceCheck.create", entity: "ServiceCheck", entityId: check.id, after: check });
    return check;
  });
  await publishMonitorUpdate([{ id: created.id, status: created.lastStatus, changed: true }]);
  return created;
}

/**
 * Changes a monitor. A built-in check keeps its kind and target (the app's
 * own); an added one is validated whole, as on creation. A new target starts
 * over: unknown until its next check, which is due at once.
 */
export async function updateMonitor(actor: Actor, id: string, input: MonitorUpdate) {
  assertCan(actor, "livepulse:manage");
  const updated = await db.$transaction(async (tx) => {
    const before = await tx.serviceCheck.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "This monitor does not exist.");
    const settings = { name: input.name, intervalSeconds: input.intervalSeconds, timeoutMs: input.timeoutMs, enabled: input.enabled };
    let data: Partial<Monitor> & typeof settings = settings;
    if (before.builtin) {
      const moved =
        (input.kind !== undefined && input.kind !== before.kind) || (input.target !== undefined && input.target !== before.target);
      if (moved) throw new AppError("VALIDATION", "A built-in check's target cannot change.", { target: ["builtinTarget"] });
    } else {
      const parsed = monitorSchema.safeParse({
        ...settings,
        kind: input.kind ?? before.kind,
        target: input.target ?? before.target,
        expectedStatus: input.expectedStatus === undefined ? before.expectedStatus : input.expectedStatus,
      });
      if (!parsed.success) throw new AppError("VALIDATION", "Invalid monitor.", fieldErrorsFromIssues(parsed.error.issues));
      data = parsed.data;
    }
    const retarget = data.kind !== undefined && (data.kind !== before.kind || data.target !== before.target);
    const after = await tx.serviceCheck.update({
      where: { id },
      data: { ...data, ...(retarget ? { lastStatus: "UNKNOWN", lastLatencyMs: null, lastError: null, lastCheckedAt: null } : {}) },
    });
    await writeAudit(tx, { actorId: actor.id, action: "serviceCheck.update", entity: "ServiceCheck", entityId: id, before, after });
    return after;
  });
  await publishMonitorUpdate([{ id, status: updated.lastStatus, changed: true }]);
  return updated;
}

/** Deletes an added monitor with its results and the alert rules that watch it; built-in checks are only disabled. */
export async function deleteMonitor(actor: Actor, id: string) {
  assertCan(actor, "livepulse:manage");
  await db.$transaction(async (tx) => {
    const before = await tx.serviceCheck.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "This monitor does not exist.");
    if (before.builtin) throw new AppError("CONFLICT", "A built-in check cannot be deleted; disable it instead.");
    await tx.serviceCheck.delete({ where: { id } });
    await writeAudit(tx, { actorId: actor.id, action: "serviceCheck.delete", entity: "ServiceCheck", entityId: id, before });
  });
  await publishMonitorUpdate([{ id, status: "UNKNOWN", changed: true }]);
  return { id };
}

/** Checks one monitor at once, whether it is due or not, and returns its new state. */
export async function checkMonitorNow(actor: Actor, id: string) {
  assertCan(actor, "livepulse:manage");
  const check = await findOrThrow(id);
  const checked = await runCheck(check);
  if (!checked) throw new AppError("NOT_FOUND", "This monitor does not exist.");
  await publishMonitorUpdate([checked]);
  return findOrThrow(id);
}
