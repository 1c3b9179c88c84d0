import { describe, expect, it } from "vitest";
import { authenticate, freshSessionUser, registerCustomer } from "@/lib/auth/service";
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

  it("throttles an email after ten failures, even with the right password, and says how long to wait", async () => {
    const user = await createUser();
    for (let i = 0; i < 9; i++) {
      expect((await failure(authenticate(user.email, `wrong-${i}-password`, `10.1.0.${i}`))).code).toBe("UNAUTHORIZED");
    }
    const tenth = await failure(authenticate(user.email, "wrong-again-password", "10.1.0.99"));
    expect(tenth.code).toBe("RATE_LIMITED");
    const blocked = await failure(authenticate(user.email, user.password, "10.1.1.1"));
    expect(blocked.code).toBe("RATE_LIMITED");
    const wait = Number(blocked.meta?.retryAfterSeconds);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
  });

  it("throttles one address trying many emails", async () => {
    for (let i = 0; i < 10; i++) await failure(authenticate(`guess${i}@example.test`, "wrong-password-1", "10.9.9.9"));
    const other = await createUser();
    expect((await failure(authenticate(other.email, other.password, "10.9.9.9"))).code).toBe("RATE_LIMITED");
    await expect(authenticate(other.email, other.password, "10.9.9.10")).resolves.toMatchObject({ id: other.id });
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
    await expect(authenticate("alice@example.test", "a-strong-pass-1", "10.3.0.1")).resolves.toMatchObject({ id: user.id });
    expect(await db.auditLog.count({ where: { entity: "User", entityId: user.id, action: "user.register" } })).toBe(1);
  });

  it("refuses an email already taken, on the email field, and creates nothing", async () => {
    const existing = await createUser();
    const before = await db.user.count();
    const error = await failure(registerCustomer({ name: "Bob", email: existing.email, password: "a-strong-pass-1" }, "fr"));
    expect(error.code).toBe("CONFLICT");
    expect(error.fields?.email).toEqual(["emailTaken"]);
    expect(await db.user.count()).toBe(before);
  });
});

describe("freshSessionUser", () => {
  it("reflects a demotion and ends the session of a disabled user", async () => {
    const user = await createUser("ADMIN");
    expect(await freshSessionUser(user.id)).toMatchObject({ role: "ADMIN" });
    await db.user.update({ where: { id: user.id }, data: { role: "SELLER" } });
    expect(await freshSessionUser(user.id)).toMatchObject({ role: "SELLER" });
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await freshSessionUser(user.id)).toBeNull();
  });
});

describe("revoked sessions", () => {
  it("refuses a session once it is revoked, and prunes the expired entries", async () => {
    const { isSessionRevoked, newSessionId, revokeSession } = await import("@/lib/auth/sessions");
    const live = newSessionId();
    const ended = newSessionId();
    const old = newSessionId();
    await revokeSession(old, new Date(Date.now() - 1000));
    await revokeSession(ended, new Date(Date.now() + 86_400_000));
    expect(await isSessionRevoked(ended)).toBe(true);
    expect(await isSessionRevoked(live)).toBe(false);
    // The expired entry went at the next revocation: its cookie has expired anyway.
    expect(await isSessionRevoked(old)).toBe(false);
    expect(newSessionId()).not.toBe(newSessionId());
  });
});
