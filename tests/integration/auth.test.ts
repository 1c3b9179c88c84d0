import { describe, expect, it } from "vitest";
import { authenticate, registerCustomer } from "@/lib/auth/service";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUser } from "./helpers";

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("authenticate", () => {
  it("accepts the right password and records the login", async () => {
    const user = await createUser("SELLER");
    const result = await authenticate(user.email, user.password, "10.0.0.1");
    expect(result).toMatchObject({ id: user.id, role: "SELLER" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password and an unknown email with the same message", async () => {
    const user = await createUser();
    const wrong = await failure(authenticate(user.email, "not-the-password-1", "10.0.0.2"));
    const unknown = await failure(authenticate("nobody@example.test", "whatever-123", "10.0.0.2"));
    expect(wrong.code).toBe("UNAUTHORIZED");
    expect(unknown.message).toBe(wrong.message);
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await createUser("CUSTOMER", { disabled: true });
    const error = await failure(authenticate(user.email, user.password, "10.0.0.3"));
    expect(error.meta?.reason).toBe("disabled");
  });

  it("refuses one address on one account after ten failures, even the right password, and says how long to wait", async () => {
    const user = await createUser();
    for (let i = 0; i < 9; i++) {
      expect((await failure(authenticate(user.email, `wrong-${i}-password`, "10.1.0.1"))).code).toBe("UNAUTHORIZED");
    }
    const tenth = await failure(authenticate(user.email, "wrong-again-password", "10.1.0.1"));
    expect(tenth.code).toBe("RATE_LIMITED");
    const blocked = await failure(authenticate(user.email, user.password, "10.1.0.1"));
    expect(blocked.code).toBe("RATE_LIMITED");
    const wait = Number(blocked.meta?.retryAfterSeconds);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
  });

  it("never locks the owner out: failures from many addresses only slow the account down", async () => {
    const user = await createUser();
    const throttle = { maxFailures: 3, windowMs: 60_000 };
    for (let i = 0; i < 5; i++) await failure(authenticate(user.email, `wrong-${i}-password`, `10.4.0.${i}`, throttle));
    const started = performance.now();
    await expect(authenticate(user.email, user.password, "192.0.2.44", throttle)).resolves.toMatchObject({ id: user.id });
    // Three failures past the limit: a delay, not a refusal.
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 250 - 5);
  });

  it("throttles one address trying many emails, and no other address", async () => {
    // Five times the limit on one account: 15 here.
    const throttle = { maxFailures: 3, windowMs: 60_000 };
    for (let i = 0; i < 15; i++) await failure(authenticate(`guess${i}@example.test`, "wrong-password-1", "10.9.9.9", throttle));
    const other = await createUser();
    expect((await failure(authenticate(other.email, other.password, "10.9.9.9", throttle))).code).toBe("RATE_LIMITED");
    await expect(authenticate(other.email, other.password, "10.9.9.10", throttle)).resolves.toMatchObject({ id: other.id });
  });

  it("writes every login and failed login to the audit log, without the password", async () => {
    const user = await createUser();
    await failure(authenticate(user.email, "wrong-password-audit", "10.5.0.1"));
    await failure(authenticate("nobody-audit@example.test", "wrong-password-audit", "10.5.0.1"));
    await authenticate(user.email, user.password, "10.5.0.2");
    const rows = await db.auditLog.findMany({
      where: { action: { in: ["auth.login", "auth.login_failed"] }, createdAt: { gte: new Date(Date.now() - 60_000) } },
      orderBy: { createdAt: "asc" },
    });
    const mine = rows.filter((row) => JSON.stringify(row.after).includes("10.5.0."));
    expect(mine.map((row) => [row.action, row.actorId, row.entityId])).toEqual([
      ["auth.login_failed", null, user.id],
      ["auth.login_failed", null, ""],
      ["auth.login", user.id, user.id],
    ]);
    expect(mine[1].after).toMatchObject({ email: "nobody-audit@example.test", address: "10.5.0.1", reason: "invalid" });
    expect(JSON.stringify(mine)).not.toContain("wrong-password-audit");
  });

  it("forgets earlier failures after a successful login", async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i++) await failure(authenticate(user.email, "wrong-password-1", "10.2.0.1"));
    await authenticate(user.email, user.password, "10.2.0.2");
    for (let i = 0; i < 9; i++) expect((await failure(authenticate(user.email, "wrong-password-1", "10.2.0.3"))).code).toBe("UNAUTHORIZED");
  });
});

describe("registerCustomer", () => {
  it("creates a customer who can then log in, with an audit row", async () => {
    const user = await registerCustomer(
      { name: "Alice Dupont", email: "alice@example.test", password: "a-strong-pass-1", company: "" },
      "en",
    );
    expect(user).toMatchObject({ role: "CUSTOMER", locale: "en" });
    await expect(authenticate("alice@example.test", "a-strong-pass-1", "10.3.0.1")).resolves.toMatchObject({ id: user!.id });
    expect(await db.auditLog.count({ where: { entity: "User", entityId: user!.id, action: "user.register" } })).toBe(1);
  });

  it("answers an email already taken as it answers a new one, and creates nothing", async () => {
    const existing = await createUser();
    const before = await db.user.count();
    await expect(registerCustomer({ name: "Bob", email: existing.email, password: "a-strong-pass-1" }, "fr")).resolves.toBeNull();
    expect(await db.user.count()).toBe(before);
  });
});
