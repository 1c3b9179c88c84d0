import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { setPasswordWithToken } from "@/lib/accounts/set-password";
import { issueToken, spendToken } from "@/lib/accounts/tokens";
import { authenticate } from "@/lib/auth/service";
import { db } from "@/lib/db";
import { ensureFirstAdmin } from "@/prisma/seed/first-admin";
import { seedReference } from "@/prisma/seed/reference";
import { createUser } from "./helpers";

const root = path.resolve(import.meta.dirname, "../..");
const onPostgres = !!process.env.TEST_DATABASE_URL;

/** The seed command as `npm start` and `npm run db:setup` run it, on this suite's database. */
function seedCommand(flag: string, env: Record<string, string>) {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "prisma/seed.ts", flag], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

const linkIn = (output: string) => output.match(/\/set-password\?token=([A-Za-z0-9_-]+)/)?.[1];

// A child process can reach a PostgreSQL database, not this suite's in-memory PGlite.
describe.runIf(onPostgres)("npm start and db:setup on an empty PostgreSQL", () => {
  it("creates reference data and the first admin with a one-time link, never a demo account, and nothing twice", async () => {
    const env = { ADMIN_EMAIL: "Ops@Example.com", APP_URL: "https://hosting.example.com/" };
    const first = seedCommand("--if-empty", env);

    const users = await db.user.findMany({ select: { email: true, role: true } });
    expect(users).toEqual([{ email: "ops@example.com", role: "ADMIN" }]);
    expect(await db.user.count({ where: { email: { endsWith: "@orbite.test" } } })).toBe(0);
    expect(await db.hostingPlan.count()).toBeGreaterThan(0);
    expect(await db.slaPolicy.count()).toBe(4);
    expect(await db.serviceCheck.count({ where: { builtin: true } })).toBe(4);
    expect(await db.alertRule.count()).toBe(3);
    expect(await db.cRMLead.count()).toBe(0);
    expect(first).toContain("https://hosting.example.com/set-password?token=");
    const token = linkIn(first)!;
    // Only the hash is stored.
    expect(await db.accountToken.count({ where: { tokenHash: token } })).toBe(0);

    // Run again, as every deploy does: nothing new, no second link.
    const again = seedCommand("--setup", env);
    expect(linkIn(again)).toBeUndefined();
    expect(again).toContain("exists");
    expect(await db.user.count()).toBe(1);
    expect(await db.accountToken.count()).toBe(1);

    // The link sets the password once; the admin signs in with it.
    await setPasswordWithToken({ token, password: "first-admin-2026", confirm: "first-admin-2026" });
    const signedIn = await authenticate("ops@example.com", "first-admin-2026", "203.0.113.7");
    expect(signedIn.role).toBe("ADMIN");
    await expect(setPasswordWithToken({ token, password: "second-try-2026", confirm: "second-try-2026" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { token: ["linkInvalid"] },
    });
  });
});

describe("first admin and single-use links", () => {
  it("makes the first admin with ADMIN_PASSWORD able to sign in at once, and leaves an existing account alone", async () => {
    await seedReference(db);
    const created = await ensureFirstAdmin(db, { email: "boss@example.com", password: "boss-password-1" }, "http://localhost:3000");
    expect(created).toEqual({ status: "created", email: "boss@example.com" });
    expect((await authenticate("boss@example.com", "boss-password-1", "203.0.113.8")).role).toBe("ADMIN");
    const again = await ensureFirstAdmin(db, { email: "boss@example.com", password: "other-password-2" }, "http://localhost:3000");
    expect(again.status).toBe("exists");
    expect((await authenticate("boss@example.com", "boss-password-1", "203.0.113.8")).role).toBe("ADMIN");
  });

  it("refuses a link that expired, was replaced, or is for another purpose; a password set ends the account's sessions", async () => {
    const user = await createUser("SELLER");
    const now = new Date();
    const expired = await db.$transaction((tx) =>
      issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", now: new Date(now.getTime() - 2 * 3_600_000) }),
    );
    expect(await db.$transaction((tx) => spendToken(tx, expired.token, ["PASSWORD_RESET"]))).toBeNull();

    const replaced = await db.$transaction((tx) => issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET" }));
    const newest = await db.$transaction((tx) => issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET" }));
    expect(await db.$transaction((tx) => spendToken(tx, replaced.token, ["PASSWORD_RESET"]))).toBeNull();

    const verification = await db.$transaction((tx) => issueToken(tx, { userId: user.id, purpose: "EMAIL_VERIFICATION" }));
    await expect(
      setPasswordWithToken({ token: verification.token, password: "new-password-42", confirm: "new-password-42" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });

    const before = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    await setPasswordWithToken({ token: newest.token, password: "new-password-42", confirm: "new-password-42" });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    await expect(authenticate(user.email, user.password, "203.0.113.9")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await authenticate(user.email, "new-password-42", "203.0.113.9")).id).toBe(user.id);
    expect(await db.auditLog.count({ where: { action: "user.password_set", entityId: user.id } })).toBe(1);
  });

  it("lets two uses of one link at once set the password only once", async () => {
    const user = await createUser("CUSTOMER");
    const { token } = await db.$transaction((tx) => issueToken(tx, { userId: user.id, purpose: "SET_PASSWORD" }));
    const results = await Promise.allSettled(
      ["first-choice-11", "other-choice-22"].map((password) => setPasswordWithToken({ token, password, confirm: password })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});
