import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { checkHealth } from "@/lib/health";

describe("health with the database down", () => {
  it("says so instead of failing", async () => {
    expect((await checkHealth()).status).toBe("ok");
    // Nothing listens on port 1: the same failure as a database server that went away.
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgres://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 2000 }),
    });
    const health = await checkHealth(unreachable);
    expect(health.status).toBe("down");
    expect(health.database).toMatchObject({ ok: false, latencyMs: null, error: "Database unreachable" });
  });
});
