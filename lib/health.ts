import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { db, getDatabase } from "./db";
import { logger } from "./logger";
import { isDraining } from "./shutdown";

/** Liveness: the process answers. A database outage does not make it restart-worthy. */
export const livenessSchema = z.object({ status: z.literal("ok"), uptimeSeconds: z.number().int() });
export type Liveness = z.infer<typeof livenessSchema>;

export const liveness = (): Liveness => ({ status: "ok", uptimeSeconds: Math.round(process.uptime()) });

/** Readiness, answered 200 when ready and 503 (with Retry-After) when not. */
export const readinessSchema = z.object({
  status: z.enum(["ready", "not_ready"]),
  draining: z.boolean().meta({ description: "The instance is stopping: it finishes what it has and takes nothing new" }),
  database: z.object({
    ok: z.boolean(),
    kind: z.enum(["pglite", "postgresql"]),
    latencyMs: z.number().nullable(),
    error: z.string().optional(),
  }),
  pendingMigrations: z
    .array(z.string())
    .nullable()
    .meta({ description: "Migrations of this release not applied to the database yet (null when they could not be read)" }),
});
export type Readiness = z.infer<typeof readinessSchema>;

type Probe = Pick<typeof db, "$queryRaw">;

/** The migrations this release ships, by folder name (read once: they do not change while it runs). */
let shipped: string[] | null | undefined;
function shippedMigrations(dir = path.join(process.cwd(), "prisma", "migrations")): string[] | null {
  if (shipped !== undefined) return shipped;
  try {
    // Read at run time from the release's folder: not a file the build should trace (a dynamic path
    // made it trace the whole project into the server's output).
    shipped = readdirSync(/* turbopackIgnore: true */ dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    logger.warn({ err: error, dir }, "readiness: the release's migrations cannot be read; pending migrations are not checked");
    shipped = null;
  }
  return shipped;
}

/** Applied migrations, as `prisma migrate deploy` records them; none when it never ran. */
async function appliedMigrations(client: Probe): Promise<Set<string>> {
  const [{ exists }] = await client.$queryRaw<Array<{ exists: boolean }>>`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`;
  if (!exists) return new Set();
  const rows = await client.$queryRaw<Array<{ migration_name: string }>>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return new Set(rows.map((row) => row.migration_name));
}

/**
 * Readiness: the instance may be sent requests. Not while it is stopping, while the database is
 * unreachable, or while this release's migrations are not all applied (`npm run db:migrate` first).
 * `client` is the database to probe (tests pass a dead one).
 */
export async function checkReadiness(client: Probe = db): Promise<Readiness> {
  const started = performance.now();
  const kind = getDatabase().kind;
  let database: Readiness["database"];
  let pendingMigrations: string[] | null = null;
  try {
    await client.$queryRaw`SELECT 1`;
    database = { ok: true, kind, latencyMs: Math.round((performance.now() - started) * 100) / 100 };
    const release = shippedMigrations();
    if (release) {
      const applied = await appliedMigrations(client);
      pendingMigrations = release.filter((name) => !applied.has(name));
    }
  } catch (error) {
    logger.warn({ err: error }, "readiness: database unreachable");
    database = { ok: false, kind, latencyMs: null, error: "Database unreachable" };
  }
  const draining = isDraining();
  const ready = database.ok && !draining && (pendingMigrations?.length ?? 0) === 0;
  return { status: ready ? "ready" : "not_ready", draining, database, pendingMigrations };
}
