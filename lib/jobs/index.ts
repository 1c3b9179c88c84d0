import "server-only";
import { mergeLeadDays } from "../crm/lead-days";
import { mergeLeadTotals } from "../crm/lead-totals";
import { env } from "../env";
import { evaluateAlerts } from "../livepulse/alerts/evaluate-alerts";
import { runDueChecks } from "../livepulse/monitors/run-due-checks";
import { flushMetrics } from "../livepulse/metrics/flush";
import { logger } from "../logger";
import { deliverDueEmails } from "../mail/deliver-emails";
import { deliverDueAlerts } from "../livepulse/channels/deliver-alerts";
import { onShutdown } from "../shutdown";
import { sweepSlaBreaches } from "../tickets/sweep-sla-breaches";
import { Leadership } from "./leader";
import { jobRunner, type JobRunner } from "./runner";

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
export const jobs = [
  { name: "sla-sweep", everyMs: env.slaSweepMs, run: () => sweepSlaBreaches() },
  { name: "alert-evaluation", everyMs: env.alertEvaluationMs, run: () => evaluateAlerts(), exclusive: true },
  // Each instance would check the same services and store the same results: the leader alone does.
  { name: "service-checks", everyMs: env.monitor.tickMs, run: () => runDueChecks(), exclusive: true },
  // Every instance writes its own measured minutes.
  { name: "metrics-flush", everyMs: env.metricsFlushMs, run: () => flushMetrics() },
  // The outbox: one sender, so a message is not handed to the mail server by two instances at once.
  { name: "email-delivery", everyMs: env.mail.deliveryMs, run: () => deliverDueEmails(), exclusive: true },
  // The alert outbox: webhooks, chat and alert emails, sent by the leader alone, like the mail outbox.
  { name: "alert-delivery", everyMs: env.alertDeliveryMs, run: () => deliverDueAlerts(), exclusive: true },
  // The leads' running and daily totals gain rows per write: folded once a minute, by one instance.
  { name: "lead-totals-merge", everyMs: 60_000, run: () => Promise.all([mergeLeadTotals(), mergeLeadDays()]), exclusive: true },
] as const satisfies readonly Job[];

export type JobName = (typeof jobs)[number]["name"];

export const isJobName = (name: string): name is JobName => jobs.some((job) => job.name === name);

const LEADERSHIP_KEY = 0x6f72_6269; // "orbi"

// Kept on globalThis: instrumentation and route handlers are separate bundles of the same process.
const state = globalThis as unknown as { __backgroundJobs?: Map<string, JobRunner> };

/**
 * Starts the periodic jobs, once per process. A run never overlaps the
 * previous one; a failure is logged and retried at the next tick.
 */
export function startBackgroundJobs(): void {
  if (state.__backgroundJobs) return;
  const leadership = new Leadership(env.databaseUrl, LEADERSHIP_KEY);
  const runners = new Map<string, JobRunner>();
  state.__backgroundJobs = runners;
  const timers: NodeJS.Timeout[] = [];
  // A stopping instance starts no new run and gives the lead away: another instance takes over at its next tick.
  onShutdown("background jobs", async () => {
    timers.forEach(clearTimeout);
    await leadership.release();
  });
  for (const job of jobs as readonly Job[]) {
    const runner = jobRunner(
      () => job.run(),
      // Exclusive jobs run on the leader only.
      () => (job.exclusive ? leadership.lead() : Promise.resolve(true)),
      (error) => logger.error({ err: error, job: job.name }, "background job failed"),
    );
    runners.set(job.name, runner);
    if (job.everyMs <= 0) continue;
    timers.push(setInterval(runner.tick, job.everyMs).unref(), setTimeout(runner.tick, Math.min(5_000, job.everyMs)).unref());
  }
}

/**
 * Runs a job now on this instance and resolves when it is done (end-to-end tests ask for the
 * evaluation or the checks rather than waiting for their interval). False when jobs are not running here.
 */
export async function runJobNow(name: JobName): Promise<boolean> {
  const runner = state.__backgroundJobs?.get(name);
  if (!runner) return false;
  await runner.runNow();
  return true;
}
