import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { checkReadiness, liveness } from "@/lib/health";
import { shutDown } from "@/lib/shutdown";
import { migrationNames } from "./migrations";

/** What `prisma migrate deploy` leaves behind: the suite's database was migrated without it. */
async function recordApplied(names: string[]) {
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL,
    logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0)`);
  for (const name of names) {
    await db.$executeRaw`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name) VALUES (${name.slice(0, 36)}, 'x', now(), ${name})`;
  }
}

describe("liveness and readiness", () => {
  it("is ready only once every migration of the release is applied", async () => {
    const names = migrationNames();
    const before = await checkReadiness();
    expect(before).toMatchObject({ status: "not_ready", database: { ok: true }, pendingMigrations: names });
    await recordApplied(names.slice(0, -1));
    expect((await checkReadiness()).pendingMigrations).toEqual(names.slice(-1));
    await recordApplied(names.slice(-1));
    const after = await checkReadiness();
    expect(after).toMatchObject({ status: "ready", draining: false, database: { ok: true }, pendingMigrations: [] });
    expect(after.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("stays live but not ready while the database is unreachable", async () => {
    // Nothing listens on port 1: the same failure as a database server that went away.
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgres://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 2000 }),
    });
    const readiness = await checkReadiness(unreachable);
    expect(readiness.status).toBe("not_ready");
    expect(readiness.database).toMatchObject({ ok: false, latencyMs: null, error: "Database unreachable" });
    expect(liveness().status).toBe("ok");
  });

  it("is not ready once the instance is stopping, and runs its shutdown steps", async () => {
    await shutDown("test", { exitAfterGrace: false });
    expect(await checkReadiness()).toMatchObject({ status: "not_ready", draining: true });
    expect(liveness().status).toBe("ok");
  });
});
