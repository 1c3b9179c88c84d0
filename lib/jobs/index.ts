import "server-only";
import { env } from "../env";
import { evaluateAlerts } from "../livepulse/alerts/alerts";
import { runDueChecks } from "../livepulse/monitors/checks";
import { flushMetrics } from "../livepulse/metrics/flush";
import { logger } from "../logger";
import { sweepSlaBreaches } from "../tickets/sla-sweep";
import { Leadership } from "./leader";

export type Job = {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
  /**
   * Runs on one instance only (the leader): work that must not be done twice
   * at the same time across instances. Jobs without it must be safe to run
   * anywhere at once (the SLA sweep locks each ticket it records).
   */
  exclusive?: boolean;
};

/** The server's periodic jobs. */
export const jobs: Job[] = [
  { name: "sla-sweep", everyMs: env.slaSweepMs, run: () => sweepSlaBreaches() },
  { name: "alert-evaluation", everyMs: env.alertEvaluationMs, run: () => evaluateAlerts(), exclusive: true },
  // Each instance would check the same services and store the same results: the leader alone does.
  { name: "service-checks", everyMs: env.monitor.tickMs, run: () => runDueChecks(), exclusive: true },
  // Every instance writes its own measured minutes.
  { name: "metrics-flush", everyMs: env.metricsFlushMs, run: () => flushMetrics() },
];

const LEADERSHIP_KEY = 0x6f72_6269; // "orbi"
const state = globalThis as unknown as { __backgroundJobs?: { leadership: Leadership } };

/**
 * Starts the periodic jobs, once per process. A run never overlaps the
 * previous one; a failure is logged and retried at the next tick.
 */
export function startBackgroundJobs(): void {
  if (state.__backgroundJobs) return;
  const leadership = new Leadership(env.databaseUrl, LEADERSHIP_KEY);
  state.__backgroundJobs = { leadership };
  for (const job of jobs) {
    if (job.everyMs <= 0) continue;
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        if (!job.exclusive || (await leadership.lead())) await job.run();
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
