import "server-only";
import { db } from "../../db";
import { runCheck, type Checked } from "./run-check";
import { isDue } from "./status";
import { logger } from "../../logger";
import { publishMonitorUpdate } from "./events";

const DAY = 86_400_000;
/** Results are kept a little longer than the longest uptime the page shows (7 days). */
export const retentionMs = 8 * DAY;
/** Those of services published on the status page, a little longer than its daily bars (90 days). */
const publishedRetentionMs = 91 * DAY;
const pruneEveryMs = 3_600_000;
const state = globalThis as unknown as { __monitorLastPrune?: number };

async function pruneResults(now: Date): Promise<number> {
  const last = state.__monitorLastPrune;
  if (last !== undefined && Math.abs(now.getTime() - last) < pruneEveryMs) return 0;
  state.__monitorLastPrune = now.getTime();
  const [old, unpublished] = await Promise.all([
    db.serviceCheckResult.deleteMany({ where: { checkedAt: { lt: new Date(now.getTime() - publishedRetentionMs) } } }),
    db.serviceCheckResult.deleteMany({
      where: {
        checkedAt: { lt: new Date(now.getTime() - retentionMs) },
        check: { NOT: { statusService: { is: { published: true } } } },
      },
    }),
  ]);
  return old.count + unpublished.count;
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
