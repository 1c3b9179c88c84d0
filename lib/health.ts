import "server-only";
import { db, getDatabase } from "./db";
import { logger } from "./logger";

export type Health = {
  status: "ok" | "down";
  uptimeSeconds: number;
  database: { ok: boolean; kind: "pglite" | "postgresql"; latencyMs: number | null; error?: string };
};

/** Process up; database round trip timed. `client` is the database to probe (tests pass a dead one). */
export async function checkHealth(client: Pick<typeof db, "$queryRaw"> = db): Promise<Health> {
  const started = performance.now();
  let databaseHealth: Health["database"];
  try {
    await client.$queryRaw`SELECT 1`;
    databaseHealth = { ok: true, kind: getDatabase().kind, latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch (error) {
    logger.warn({ err: error }, "health check: database unreachable");
    databaseHealth = { ok: false, kind: getDatabase().kind, latencyMs: null, error: "Database unreachable" };
  }
  return {
    status: databaseHealth.ok ? "ok" : "down",
    uptimeSeconds: Math.round(process.uptime()),
    database: databaseHealth,
  };
}
