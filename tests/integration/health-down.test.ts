import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { checkReadiness, liveness } from "@/lib/health";
import { shutDown } from "@/lib/shutdown";
import { migrationNames, recordAppliedSql } from "./migrations";

/** Forgets the migrations the suite's setup recorded, then records `names` as applied. */
async function recordApplied(names: string[], { forget = false } = {}) {
  if (forget) await db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations"`);
  for (const statement of recordAppliedSql(names)
    .split(";")
    .filter((sql) => sql.trim()))
    await db.$executeRawUnsafe(statement);
}

describe("liveness and readiness", () => {
  it("is ready only once every migration of the release is applied", async () => {
    const names = migrationNames();
    await recordApplied([], { forget: true });
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
