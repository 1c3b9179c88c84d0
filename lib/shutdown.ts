import "server-only";
import { logger } from "./logger";

/**
 * Graceful stop of an instance. On SIGTERM (or SIGINT) `next start` stops accepting connections and
 * waits for the requests in flight before it exits; alongside it, this process:
 * - answers not ready at once (`/api/health/ready`), so a load balancer still probing it looks elsewhere;
 * - runs the steps registered here: open realtime streams are told to reconnect and closed (they would
 *   hold `next start` forever), periodic jobs stop and the jobs' leadership is given away;
 * - exits after `graceMs` whatever is still pending, under the 15 s a process manager usually allows.
 */
export const graceMs = 9_000;

type Step = { name: string; run: () => void | Promise<void> };
type ShutdownState = { steps: Step[]; draining: boolean; installed: boolean };
// Kept on globalThis: instrumentation and route handlers are separate bundles of the same process.
const state = ((globalThis as { __shutdown?: ShutdownState }).__shutdown ??= { steps: [], draining: false, installed: false });

/** True once the instance is stopping. */
export const isDraining = (): boolean => state.draining;

/** Adds a step to run when the instance stops (each once, failures logged). */
export function onShutdown(name: string, run: Step["run"]): void {
  state.steps.push({ name, run });
  if (state.installed) return;
  state.installed = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void shutDown(signal);
      // Nobody else handles the signal (outside Next): keep its default, ending the process.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

/**
 * Runs every step once; unless told otherwise (tests), the process exits after the grace period if
 * nothing else ended it.
 */
export async function shutDown(reason: string, { exitAfterGrace = true } = {}): Promise<void> {
  if (state.draining) return;
  state.draining = true;
  logger.info({ reason, graceMs }, "shutting down: not ready, finishing requests in flight");
  if (exitAfterGrace) {
    setTimeout(() => {
      logger.warn("shutdown: grace period over, exiting");
      process.exit(143);
    }, graceMs).unref();
  }
  await Promise.all(
    state.steps.map(async (step) => {
      try {
        await step.run();
      } catch (err) {
        logger.warn({ err, step: step.name }, "shutdown step failed");
      }
    }),
  );
}
