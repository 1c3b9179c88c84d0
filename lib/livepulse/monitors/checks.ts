import "server-only";
import { db } from "../../db";
import type { ServiceCheck } from "../../generated/prisma/client.ts";
import { logger } from "../../logger";
import { publish } from "../../realtime/publish";
import { channels } from "../../realtime/channels";
import { probe } from "./probes";
import { isDue, type Outcome } from "./status";

const DAY = 86_400_000;
/** Results are kept a little longer than the longest uptime the page shows (7 days). */
export const retentionMs = 8 * DAY;
const pruneEveryMs = 3_600_000;
const state = globalThis as unknown as { __monitorLastPrune?: number };

type Checked = { id: string; status: Outcome["status"]; changed: boolean };

/**
 * Runs one check now: measures it, stores the result and the check's latest
 * state. A check deleted meanwhile is skipped (null).
 */
export async function runCheck(
  check: Pick<ServiceCheck, "id" | "kind" | "target" | "expectedStatus" | "timeoutMs" | "lastStatus" | "lastError">,
  now = new Date(),
): Promise<Checked | null> {
  const outcome = await probe(check);
  const stored = await db.$transaction(async (tx) => {
    const { count } = await tx.serviceCheck.updateMany({
      where: { id: check.id },
      data: { lastStatus: outcome.status, lastLatencyMs: outcome.latencyMs, lastError: outcome.error, lastCheckedAt: now },
    });
    if (count === 0) return false;
    await tx.serviceCheckResult.create({
      data: { checkId: check.id, status: outcome.status, latencyMs: outcome.latencyMs, error: outcome.error, checkedAt: now },
    });
    return true;
  });
  if (!stored) return null;
  if (outcome.status !== check.lastStatus) {
    logger.info({ checkId: check.id, from: check.lastStatus, to: outcome.status, error: outcome.error }, "monitor status changed");
  }
  return { id: check.id, status: outcome.status, changed: outcome.status !== check.lastStatus || outcome.error !== check.lastError };
}

/** Tells LivePulse pages that monitors were checked: which ones, and which changed status or error. */
export async function publishMonitorUpdate(checked: readonly Checked[]) {
  if (checked.length === 0) return;
  await publish(channels.livepulse, "monitor.updated", {
    ids: checked.map((c) => c.id),
    changed: checked.filter((c) => c.changed).map((c) => c.id),
  });
}

async function pruneResults(now: Date): Promise<number> {
  const last = state.__monitorLastPrune;
  if (last !== undefined && Math.abs(now.getTime() - last) < pruneEveryMs) return 0;
  state.__monitorLastPrune = now.getTime();
  const { count } = await db.serviceCheckResult.deleteMany({ where: { checkedAt: { lt: new Date(now.getTime() - retentionMs) } } });
  return count;
}

/**
 * Runs every enabled check whose interval has passed at `now`, in parallel,
 * then announces the new results and drops those past the retention. Runs
 * on one instance (a job of the leader).
 */
export async function runDueChecks(now = new Date()): Promise<{ checked: number; changed: number; pruned: number }> {
  const enabled = await db.serviceCheck.findMany({ where: { enabled: true } });
  const due = enabled.filter((check) => isDue(check, now));
  const settled = await Promise.all(
    due.map((check) =>
      runCheck(check, now).catch((error: unknown) => {
        logger.warn({ err: error, checkId: check.id }, "monitor result could not be stored");
        return null;
      }),
    ),
  );
  const checked = settled.filter((c): c is Checked => c !== null);
  await publishMonitorUpdate(checked);
  const pruned = await pruneResults(now);
  return { checked: checked.length, changed: checked.filter((c) => c.changed).length, pruned };
}
