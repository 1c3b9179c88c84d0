import { beforeEach, describe, expect, it, vi } from "vitest";

// Actions run as in a request: the suite's fake session, headers and cookies (./property/request-context.ts).
vi.mock("@/lib/auth/index", () => import("./property/request-context"));
vi.mock("next/headers", () => import("./property/request-context"));
vi.mock("next/cache", () => import("./property/request-context"));

import { registerAction } from "@/lib/auth/actions";
import { requestPasswordReset, resetEmailsPerHour } from "@/lib/accounts/request-password-reset";
import { setPasswordWithToken } from "@/lib/accounts/set-password";
import { resendVerificationEmail, verifyEmailWithToken } from "@/lib/accounts/verify-email";
import { authenticate } from "@/lib/auth/service";
import { getLead, listLeads } from "@/lib/crm/leads/queries";
import { leadListQuery } from "@/lib/crm/leads/schemas";
import { db } from "@/lib/db";
import { createUser, linkSentTo } from "./helpers";
import { signInAs } from "./property/request-context";

beforeEach(async () => {
  await db.rateLimit.deleteMany();
  signInAs(null);
});

describe("password reset", () => {
  it("answers an unknown email exactly as a known one, in about the same time, and sends only to the account", async () => {
    const user = await createUser("CUSTOMER");
    const messagesBefore = await db.emailMessage.count();

    const started = performance.now();
    const known = await requestPasswordReset({ email: user.email });
    const knownMs = performance.now() - started;
    const unknownStarted = performance.now();
    const unknown = await requestPasswordReset({ email: "nobody-here@example.test" });
    const unknownMs = performance.now() - unknownStarted;

    expect(known).toEqual({ email: user.email });
    expect(unknown).toEqual({ email: "nobody-here@example.test" });
    // Both wait out the same floor.
    expect(Math.min(knownMs, unknownMs)).toBeGreaterThanOrEqual(395);
    expect(await db.emailMessage.count()).toBe(messagesBefore + 1);
    expect(await db.emailMessage.count({ where: { to: "nobody-here@example.test" } })).toBe(0);
    const token = await db.accountToken.findFirstOrThrow({ where: { userId: user.id, purpose: "PASSWORD_RESET" } });
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeCloseTo(3_600_000, -3);
    expect(await db.auditLog.count({ where: { action: "user.password_reset_requested", entityId: user.id } })).toBe(1);
  });

  it("sets the new password once from the link, ends every session, and audits it", async () => {
    const user = await createUser("CUSTOMER");
    await requestPasswordReset({ email: user.email });
    const token = await linkSentTo(user.email, "PASSWORD_RESET");
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });

    await setPasswordWithToken({ token, password: "brand-new-pass-7", confirm: "brand-new-pass-7" });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    await expect(authenticate(user.email, "brand-new-pass-7", "10.9.0.1")).resolves.toMatchObject({ id: user.id });
    await expect(authenticate(user.email, user.password, "10.9.0.2")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.auditLog.count({ where: { action: "user.password_set", entityId: user.id } })).toBe(1);
    // Single use.
    await expect(setPasswordWithToken({ token, password: "another-pass-8", confirm: "another-pass-8" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { token: ["linkInvalid"] },
    });
  });

  it("refuses a link after its hour", async () => {
    const user = await createUser("CUSTOMER");
    await requestPasswordReset({ email: user.email });
    const token = await linkSentTo(user.email, "PASSWORD_RESET");
    // An hour and a second later.
    await db.accountToken.updateMany({
      where: { userId: user.id, purpose: "PASSWORD_RESET" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(setPasswordWithToken({ token, password: "brand-new-pass-7", confirm: "brand-new-pass-7" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(authenticate(user.email, user.password, "10.9.0.3")).resolves.toMatchObject({ id: user.id });
  });

  it("stops mailing one address past its hourly limit, with the same answer", async () => {
    const user = await createUser("CUSTOMER");
    for (let i = 0; i < resetEmailsPerHour + 2; i += 1) {
      await expect(requestPasswordReset({ email: user.email })).resolves.toEqual({ email: user.email });
    }
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(resetEmailsPerHour);
  });
});

describe("registration", () => {
  const form = (email: string) => ({
    name: "Nina Test",
    email,
    company: "",
    password: "a-strong-pass-1",
    callbackUrl: "/hosting/request?plan=pro",
  });

  it("gives the same answer for an email that has an account, creates nothing and tells the owner in their language", async () => {
    const owner = await createUser("CUSTOMER");
    await db.user.update({ where: { id: owner.id }, data: { locale: "en" } });
    const usersBefore = await db.user.count();

    const fresh = await registerAction(form("nina-new@example.test"));
    const taken = await registerAction(form(owner.email));

    expect(taken).toEqual(fresh);
    expect(fresh).toEqual({ data: { redirectTo: "/hosting/request?plan=pro" } });
    expect(await db.user.count()).toBe(usersBefore + 1);
    const notice = await db.emailMessage.findFirstOrThrow({ where: { to: owner.email } });
    expect(notice).toMatchObject({ kind: "REGISTRATION_ATTEMPT", category: "SECURITY", locale: "en", userId: owner.id });
    expect(notice.subject).toBe("Someone tried to register with your address");
    expect(notice.text).toContain("/login");
    expect(notice.text).toContain("/forgot-password");
    // The owner's password did not change, and no login was recorded for them.
    await expect(authenticate(owner.email, owner.password, "10.9.1.1")).resolves.toMatchObject({ id: owner.id });
    expect(await db.auditLog.count({ where: { action: "auth.login", entityId: owner.id } })).toBe(1);
  });

  it("creates a new customer unverified, with a verification email valid 7 days", async () => {
    await registerAction({ ...form("nora-new@example.test"), callbackUrl: undefined });
    const user = await db.user.findUniqueOrThrow({ where: { email: "nora-new@example.test" } });
    expect(user.emailVerifiedAt).toBeNull();
    const message = await db.emailMessage.findFirstOrThrow({ where: { to: user.email } });
    expect(message).toMatchObject({ kind: "EMAIL_VERIFICATION", category: "ACCOUNT", userId: user.id, status: "QUEUED" });
    const token = await db.accountToken.findFirstOrThrow({ where: { userId: user.id, purpose: "EMAIL_VERIFICATION" } });
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeCloseTo(7 * 24 * 3_600_000, -3);
  });
});

describe("email verification", () => {
  it("marks the account verified once, and its leads stop showing it as unverified", async () => {
    const seller = await createUser("SELLER");
    await registerAction({ name: "Vera Test", email: "vera-new@example.test", company: "", password: "a-strong-pass-1" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "vera-new@example.test" } });
    const lead = await db.cRMLead.create({ data: { name: user.name, email: user.email, customerId: user.id } });
    const listed = async () =>
      (await listLeads(seller, leadListQuery.parse({ q: "vera-new" }))).items.find((item) => item.id === lead.id)?.customerUnverified;
    expect((await getLead(seller, lead.id)).customerUnverified).toBe(true);
    expect(await listed()).toBe(true);

    const token = await linkSentTo(user.email, "EMAIL_VERIFICATION");
    await verifyEmailWithToken({ token });

    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    expect((await getLead(seller, lead.id)).customerUnverified).toBe(false);
    expect(await listed()).toBe(false);
    expect(await db.auditLog.count({ where: { action: "user.email_verified", entityId: user.id } })).toBe(1);
    await expect(verifyEmailWithToken({ token })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("sends the email again on request: the earlier link stops working; a verified account is told so", async () => {
    await registerAction({ name: "Remi Test", email: "remi-new@example.test", company: "", password: "a-strong-pass-1" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "remi-new@example.test" } });
    const first = await linkSentTo(user.email, "EMAIL_VERIFICATION");

    await expect(resendVerificationEmail(user)).resolves.toEqual({ email: user.email });
    const second = await linkSentTo(user.email, "EMAIL_VERIFICATION");
    expect(second).not.toBe(first);
    await expect(verifyEmailWithToken({ token: first })).rejects.toMatchObject({ code: "VALIDATION" });
    await verifyEmailWithToken({ token: second });
    await expect(resendVerificationEmail(user)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("counts staff-made and seeded accounts as verified, and a password set from a link verifies the address", async () => {
    const staff = await createUser("SELLER");
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).emailVerifiedAt).not.toBeNull();
    await registerAction({ name: "Paul Test", email: "paul-new@example.test", company: "", password: "a-strong-pass-1" });
    await requestPasswordReset({ email: "paul-new@example.test" });
    const token = await linkSentTo("paul-new@example.test", "PASSWORD_RESET");
    await setPasswordWithToken({ token, password: "brand-new-pass-7", confirm: "brand-new-pass-7" });
    expect((await db.user.findUniqueOrThrow({ where: { email: "paul-new@example.test" } })).emailVerifiedAt).not.toBeNull();
  });
});
