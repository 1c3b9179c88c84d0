import "server-only";
import { env } from "../env";
import { logger } from "../logger";
import { sweepSlaBreaches } from "../tickets/sla-sweep";

type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

const jobs: Job[] = [{ name: "sla-sweep", everyMs: env.slaSweepMs, run: () => sweepSlaBreaches() }];

const started = globalThis as unknown as { __backgroundJobs?: boolean };

/**
 * Starts the server's periodic jobs, once per process. A run never overlaps
 * the previous one, and a failure is logged and retried at the next tick.
 * Every job is safe with several instances running it at once.
 */
export function startBackgroundJobs(): void {
  if (started.__backgroundJobs) return;
  started.__backgroundJobs = true;
  for (const job of jobs) {
    if (job.everyMs <= 0) continue;
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await job.run();
      } catch (error) {
        logger.error({ err: error, job: job.name }, "background job failed");
      } finally {
        running = false;
      }
    };
    setInterval(tick, job.everyMs).unref();
    setTimeout(tick, Math.min(5_000, job.everyMs)).unref();
  }
}
