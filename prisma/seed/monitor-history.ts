import type { PrismaClient } from "../../lib/generated/prisma/client.ts";

type Status = "UP" | "DEGRADED" | "DOWN";
type Sample = { status: Status; latencyMs: number | null; error: string | null };

const STEP_MS = 30 * 60_000;
const DAYS = 3;
const HOUR_STEPS = 2;

/** A smooth, repeatable wobble in [0, 1) for the i-th point (no randomness: the seed stays the same). */
const wobble = (i: number, phase: number) => (Math.sin(i * 0.7 + phase) + Math.sin(i * 0.23 + phase * 2) + 2) / 4;

/**
 * What each built-in check found, `i` steps of 30 minutes ago: a database
 * incident of an hour about 30 hours back, a slow event loop for a while the
 * day before, otherwise healthy figures.
 */
const samples: Record<string, (i: number) => Sample> = {
  check_database: (i) =>
    i >= 30 * HOUR_STEPS && i < 31 * HOUR_STEPS
      ? { status: "DOWN", latencyMs: null, error: "timed out after 5000 ms" }
      : { status: "UP", latencyMs: Math.round(1 + wobble(i, 0) * 4), error: null },
  check_realtime: (i) => ({ status: "UP", latencyMs: Math.round(1 + wobble(i, 1) * 3), error: null }),
  check_memory: () => ({ status: "UP", latencyMs: null, error: null }),
  check_event_loop: (i) =>
    i >= 50 * HOUR_STEPS && i < 52 * HOUR_STEPS
      ? { status: "DEGRADED", latencyMs: 140, error: "event loop delay p99 140 ms" }
      : { status: "UP", latencyMs: Math.round(11 + wobble(i, 2) * 14), error: null },
};

/**
 * A few days of results for the built-in checks, so a fresh start shows
 * charts and uptime. Fixed ids: seeding again adds nothing.
 */
export async function seedMonitorHistory(db: PrismaClient, now = Date.now()) {
  const last = Math.floor(now / STEP_MS) * STEP_MS;
  const data = Object.entries(samples).flatMap(([checkId, sample]) =>
    Array.from({ length: DAYS * 24 * HOUR_STEPS }, (_, index) => {
      const i = index + 1;
      return { id: `seed_result_${checkId}_${i}`, checkId, checkedAt: new Date(last - i * STEP_MS), ...sample(i) };
    }),
  );
  const { count } = await db.serviceCheckResult.createMany({ data, skipDuplicates: true });
  return count;
}
