import "server-only";
import { db } from "../../db";
import { logger } from "../../logger";
import { publish } from "../../realtime/publish";
import { channels } from "../../realtime/channels";
import { instanceName, restorePending, takePending, type PendingMinute } from "./recorder";

/** Per-minute rows older than this go: alert windows reach a week at most. */
const RETENTION_MS = 8 * 24 * 3_600_000;
const PRUNE_EVERY_MS = 3_600_000;
/** Several instances flush: LivePulse pages hear "metrics moved" at most this often from each. */
const PUBLISH_EVERY_MS = 5_000;

const holder = globalThis as unknown as { __metricsFlush?: { lastPublish: number; lastPrune: number } };
const flushState = () => (holder.__metricsFlush ??= { lastPublish: 0, lastPrune: 0 });

async function upsert(instance: string, entry: PendingMinute, now: Date) {
  const { count, errors, durationMs, buckets } = entry.totals;
  // Incremented, never overwritten: a retried flush or a second writer only adds.
  await db.$executeRaw`
    INSERT INTO "MetricMinute" ("instance", "minute", "kind", "count", "errors", "durationMs", "buckets", "updatedAt")
    VALUES (${instance}, ${entry.minute}, CAST(${entry.kind} AS "MetricKind"), ${count}, ${errors}, ${durationMs},
            CAST(${`{${buckets.join(",")}}`} AS INTEGER[]), ${now})
    ON CONFLICT ("instance", "minute", "kind") DO UPDATE SET
      "count" = "MetricMinute"."count" + EXCLUDED."count",
      "errors" = "MetricMinute"."errors" + EXCLUDED."errors",
      "durationMs" = "MetricMinute"."durationMs" + EXCLUDED."durationMs",
      "buckets" = ARRAY(
        SELECT COALESCE(a, 0) + COALESCE(b, 0)
        FROM unnest("MetricMinute"."buckets", EXCLUDED."buckets") WITH ORDINALITY AS u(a, b, i)
        ORDER BY i),
      "updatedAt" = EXCLUDED."updatedAt"`;
}

/**
 * Writes what this instance measured since the last flush into the shared
 * per-minute rows, then tells LivePulse viewers (throttled). What could not be
 * written is kept for the next flush.
 */
export async function flushMetrics(now = new Date()): Promise<{ minutes: number }> {
  const entries = takePending();
  const state = flushState();
  if (entries.length > 0) {
    const instance = instanceName();
    let written = 0;
    try {
      for (const entry of entries) {
        await upsert(instance, entry, now);
        written += 1;
      }
    } catch (error) {
      restorePending(entries.slice(written));
      throw error;
    }
    if (now.getTime() - state.lastPublish >= PUBLISH_EVERY_MS) {
      state.lastPublish = now.getTime();
      await publish(channels.livepulse, "metrics.updated", { at: now.toISOString() });
    }
  }
  if (now.getTime() - state.lastPrune >= PRUNE_EVERY_MS) {
    state.lastPrune = now.getTime();
    const { count } = await db.metricMinute.deleteMany({ where: { minute: { lt: new Date(now.getTime() - RETENTION_MS) } } });
    if (count > 0) logger.debug({ count }, "metrics: old minutes pruned");
  }
  return { minutes: entries.length };
}
