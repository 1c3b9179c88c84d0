import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Routes and actions run as in a request: the suite's fake session, headers and cookies (./property/request-context.ts).
vi.mock("@/lib/auth/index", () => import("./property/request-context"));
vi.mock("next/headers", () => import("./property/request-context"));
vi.mock("next/cache", () => import("./property/request-context"));

import * as me from "@/app/api/me/route";
import * as invitation from "@/app/api/users/[id]/invitation/route";
import * as passwordReset from "@/app/api/users/[id]/password-reset/route";
import * as oneUser from "@/app/api/users/[id]/route";
import * as users from "@/app/api/users/route";
import { tokenIsUsable } from "@/lib/accounts/queries";
import { setPasswordWithToken } from "@/lib/accounts/set-password";
import { authenticate } from "@/lib/auth/service";
import { db } from "@/lib/db";
import { changeUserAccessAction, inviteUserAction } from "@/lib/users/actions";
import { callRoute as call, createUser, jsonInit as send, linkSentTo, type RouteHandler, type TestUser as User } from "./helpers";
import { signInAs } from "./property/request-context";

let admin: User;
let counter = 0;
const address = (name: string) => `${name}-${++counter}-${Date.now()}@example.test`;

/** Invites an account through the API as the admin; answers its id and email. */
async function invite(role: "SELLER" | "SUPPORT" | "ADMIN" = "SUPPORT", email = address("invitee")) {
  signInAs(admin);
  const response = await call(users.POST, "/api/users", send("POST", { name: "Inès Invitée", email, role, locale: "fr" }));
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; email: string; expiresAt: string };
}

const password = "premier-mot-de-passe-7";

beforeAll(async () => {
  admin = await createUser("ADMIN");
});

beforeEach(async () => {
  await db.rateLimit.deleteMany();
  signInAs(null);
});

afterEach(() => {
  vi.useRealTimers();
});

describe("an invitation, to the first sign-in", () => {
  it("creates an account nobody can open, emails the link naming the inviter and role, and the link's password signs in", async () => {
    const invited = await invite("SUPPORT");
    const account = await db.user.findUniqueOrThrow({ where: { id: invited.id } });
    expect(account).toMatchObject({ role: "SUPPORT", locale: "fr", disabled: false, emailVerifiedAt: null });
    expect(account.invitedAt).toBeInstanceOf(Date);
    await expect(authenticate(invited.email, password, "203.0.113.20")).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    const message = await db.emailMessage.findFirstOrThrow({ where: { to: invited.email, kind: "STAFF_INVITATION" } });
    expect(message).toMatchObject({ category: "ACCOUNT", locale: "fr", userId: invited.id });
    expect(message.text).toMatch(/\/set-password\?token=[A-Za-z0-9_-]{43}/);
    expect(message.text).toContain(admin.name);
    expect(message.text).toContain("Support");
    expect(message.subject).toContain(admin.name);
    expect(await db.auditLog.count({ where: { action: "user.invite", entityId: invited.id, actorId: admin.id } })).toBe(1);

    signInAs(admin);
    expect((await (await call(users.GET, `/api/users?status=invited&q=${encodeURIComponent(invited.email)}`)).json()).items).toEqual([
      expect.objectContaining({ id: invited.id, status: "invited", role: "SUPPORT", lastLoginAt: null }),
    ]);

    const token = await linkSentTo(invited.email, "STAFF_INVITATION");
    expect(await tokenIsUsable(token, ["SET_PASSWORD"])).toBe(true);
    await setPasswordWithToken({ token, password, confirm: password });
    const activated = await db.user.findUniqueOrThrow({ where: { id: invited.id } });
    expect(activated.invitedAt).toBeNull();
    expect(activated.emailVerifiedAt).toBeInstanceOf(Date);
    const signedIn = await authenticate(invited.email, password, "203.0.113.20");
    expect(signedIn).toMatchObject({ id: invited.id, role: "SUPPORT" });

    // The link served once.
    await expect(setPasswordWithToken({ token, password: "autre-secret-88", confirm: "autre-secret-88" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { token: ["linkInvalid"] },
    });
    signInAs(admin);
    const detail = await (await call(oneUser.GET, `/api/users/${invited.id}`, {}, { id: invited.id })).json();
    expect(detail).toMatchObject({ status: "active", invitation: null, customer: null });
    expect(detail.lastLoginAt).not.toBeNull();
  });

  it("writes the email in the invitee's language", async () => {
    signInAs(admin);
    const email = address("english");
    const result = await inviteUserAction({ name: "Emma English", email, role: "SELLER", locale: "en" });
    expect(result?.data?.email).toBe(email);
    const message = await db.emailMessage.findFirstOrThrow({ where: { to: email, kind: "STAFF_INVITATION" } });
    expect(message.locale).toBe("en");
    expect(message.subject).toBe(`${admin.name} invites you to join the Orbite team`);
    expect(message.text).toContain("with the Seller role");
  });

  it("expires 72 hours after it was sent", async () => {
    const invited = await invite();
    const token = await linkSentTo(invited.email, "STAFF_INVITATION");
    expect(new Date(invited.expiresAt).getTime() - Date.now()).toBeGreaterThan(71.9 * 3_600_000);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 72 * 3_600_000 + 60_000 });
    expect(await tokenIsUsable(token, ["SET_PASSWORD"])).toBe(false);
    await expect(setPasswordWithToken({ token, password, confirm: password })).rejects.toMatchObject({ code: "VALIDATION" });
    vi.useRealTimers();
    signInAs(admin);
    const detail = await (await call(oneUser.GET, `/api/users/${invited.id}`, {}, { id: invited.id })).json();
    expect(detail).toMatchObject({ status: "invited", invitation: { expired: false, invitedBy: { id: admin.id } } });
  });

  it("sent again, kills the previous link; the new one works", async () => {
    const invited = await invite();
    const first = await linkSentTo(invited.email, "STAFF_INVITATION");
    signInAs(admin);
    const resent = await call(invitation.POST, `/api/users/${invited.id}/invitation`, send("POST"), { id: invited.id });
    expect(resent.status).toBe(200);
    const second = await linkSentTo(invited.email, "STAFF_INVITATION");
    expect(second).not.toBe(first);
    expect(await db.emailMessage.count({ where: { to: invited.email, kind: "STAFF_INVITATION" } })).toBe(2);
    await expect(setPasswordWithToken({ token: first, password, confirm: password })).rejects.toMatchObject({ code: "VALIDATION" });
    await setPasswordWithToken({ token: second, password, confirm: password });
    expect(await db.auditLog.count({ where: { action: "user.invitation_resend", entityId: invited.id } })).toBe(1);
    // Accepted: nothing left to send again or revoke.
    signInAs(admin);
    expect((await call(invitation.POST, `/api/users/${invited.id}/invitation`, send("POST"), { id: invited.id })).status).toBe(409);
    expect((await call(invitation.DELETE, `/api/users/${invited.id}/invitation`, send("DELETE"), { id: invited.id })).status).toBe(409);
  });

  it("revoked, kills the link and deletes the never-activated account; the address can be invited again", async () => {
    const invited = await invite();
    const token = await linkSentTo(invited.email, "STAFF_INVITATION");
    signInAs(admin);
    const revoked = await call(invitation.DELETE, `/api/users/${invited.id}/invitation`, send("DELETE"), { id: invited.id });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toEqual({ id: invited.id, outcome: "deleted" });
    expect(await db.user.findUnique({ where: { id: invited.id } })).toBeNull();
    await expect(setPasswordWithToken({ token, password, confirm: password })).rejects.toMatchObject({ code: "VALIDATION" });
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "user.invitation_revoke", entityId: invited.id } });
    expect(row.before).toMatchObject({ email: invited.email, role: "SUPPORT" });
    // The invitation email stays in the log.
    expect(await db.emailMessage.count({ where: { to: invited.email } })).toBe(1);
    await invite("SELLER", invited.email);
    expect((await call(invitation.DELETE, "/api/users/nobody/invitation", send("DELETE"), { id: "nobody" })).status).toBe(404);
  });

  it("refuses an email that has an account with 409 on the field, through the API and the action, and creates nothing", async () => {
    const existing = await createUser("CUSTOMER");
    signInAs(admin);
    const before = await db.user.count();
    const response = await call(
      users.POST,
      "/api/users",
      send("POST", { name: "Double", email: existing.email.toUpperCase(), role: "SELLER", locale: "fr" }),
    );
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatchObject({ code: "CONFLICT", fields: { email: ["emailTaken"] } });
    const action = await inviteUserAction({ name: "Double", email: existing.email, role: "SELLER", locale: "fr" });
    expect(action?.serverError).toMatchObject({ code: "CONFLICT", fields: { email: ["emailTaken"] } });
    expect(await db.user.count()).toBe(before);
  });

  it("refuses bad input with 422 and a customer role with 422: customers register themselves", async () => {
    signInAs(admin);
    const bad = await call(users.POST, "/api/users", send("POST", { name: "X", email: "not-an-email", role: "CUSTOMER", locale: "de" }));
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["email", "locale", "name", "role"]);
  });
});

describe("access changes", () => {
  it("protects the last active admin, from the API and the action", async () => {
    const others = await db.user.findMany({ where: { role: "ADMIN", disabled: false, id: { not: admin.id } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabled: true } });
    try {
      signInAs(admin);
      const demoted = await call(oneUser.PATCH, `/api/users/${admin.id}`, send("PATCH", { role: "SELLER" }), { id: admin.id });
      expect(demoted.status).toBe(409);
      expect((await demoted.json()).error.fields).toEqual({ role: ["lastAdmin"] });
      const action = await changeUserAccessAction({ id: admin.id, changes: { disabled: true } });
      expect(action?.serverError).toMatchObject({ code: "CONFLICT", fields: { role: ["lastAdmin"] } });
      expect(await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true, disabled: true } })).toEqual({
        role: "ADMIN",
        disabled: false,
      });
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { disabled: false } });
    }
  });

  it("disabling ends the account's sessions at once; re-enabled, it signs in again", async () => {
    const seller = await createUser("SELLER");
    signInAs(seller);
    expect((await call(me.GET, "/api/me")).status).toBe(200);
    signInAs(admin);
    const disabled = await changeUserAccessAction({ id: seller.id, changes: { disabled: true } });
    expect(disabled?.data).toMatchObject({ id: seller.id, disabled: true });
    signInAs(seller);
    expect((await call(me.GET, "/api/me")).status).toBe(401);
    await expect(authenticate(seller.email, seller.password, "203.0.113.21")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    signInAs(admin);
    expect((await call(oneUser.PATCH, `/api/users/${seller.id}`, send("PATCH", { disabled: false }), { id: seller.id })).status).toBe(200);
    expect((await authenticate(seller.email, seller.password, "203.0.113.21")).id).toBe(seller.id);
    expect(await db.auditLog.count({ where: { entityId: seller.id, action: { in: ["user.disable", "user.enable"] } } })).toBe(2);
  });
});

describe("password reset sent by an admin", () => {
  it("emails a reset link, audited under the admin; a disabled or invited account is a 409", async () => {
    const customer = await createUser("CUSTOMER");
    signInAs(admin);
    const sent = await call(passwordReset.POST, `/api/users/${customer.id}/password-reset`, send("POST"), { id: customer.id });
    expect(sent.status).toBe(200);
    expect(await sent.json()).toMatchObject({ id: customer.id, email: customer.email });
    const token = await linkSentTo(customer.email, "PASSWORD_RESET");
    expect(await db.auditLog.count({ where: { action: "user.password_reset_sent", entityId: customer.id, actorId: admin.id } })).toBe(1);
    await setPasswordWithToken({ token, password, confirm: password });
    expect((await authenticate(customer.email, password, "203.0.113.22")).id).toBe(customer.id);

    const invited = await invite();
    const refused = await call(passwordReset.POST, `/api/users/${invited.id}/password-reset`, send("POST"), { id: invited.id });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.meta).toEqual({ reason: "invited" });
    const off = await createUser("SELLER", { disabled: true });
    expect((await call(passwordReset.POST, `/api/users/${off.id}/password-reset`, send("POST"), { id: off.id })).status).toBe(409);
    expect((await call(passwordReset.POST, "/api/users/nobody/password-reset", send("POST"), { id: "nobody" })).status).toBe(404);
  });
});

describe("the list", () => {
  it("searches name, email and company, filters by role and status, newest first, page by page", async () => {
    const tag = `Zorglub${Date.now()}`;
    const made: string[] = [];
    // One clock for all four: creating an account may take more than a second on a busy machine.
    const newest = Date.now();
    for (const role of ["CUSTOMER", "SELLER", "CUSTOMER", "SUPPORT"] as const) {
      const user = await createUser(role);
      await db.user.update({
        where: { id: user.id },
        data: { company: `${tag} SARL`, createdAt: new Date(newest - 1000 * made.length) },
      });
      made.push(user.id);
    }
    await db.user.update({ where: { id: made[2] }, data: { disabled: true } });
    signInAs(admin);
    const list = async (query: string) =>
      (await (await call(users.GET, `/api/users?q=${tag}&${query}`)).json()) as {
        items: Array<{ id: string; status: string; role: string }>;
        total: number;
      };
    expect((await list("")).items.map((u) => u.id)).toEqual(made);
    expect((await list("role=CUSTOMER")).items.map((u) => u.id)).toEqual([made[0], made[2]]);
    expect((await list("role=SELLER,SUPPORT")).total).toBe(2);
    expect((await list("status=disabled")).items).toEqual([expect.objectContaining({ id: made[2], status: "disabled" })]);
    expect((await list("status=active&role=CUSTOMER")).items.map((u) => u.id)).toEqual([made[0]]);
    const second = await list("pageSize=2&page=2");
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(second.items.map((u) => u.id)).toEqual([made[2], made[3]]);
    // By name and by email too.
    const named = await db.user.findUniqueOrThrow({ where: { id: made[1] } });
    expect((await (await call(users.GET, `/api/users?q=${encodeURIComponent(named.email)}`)).json()).items).toHaveLength(1);
    expect((await call(users.GET, "/api/users?status=gone")).status).toBe(422);
    expect((await call(users.GET, "/api/users?pageSize=1000")).status).toBe(422);
  });
});

describe("who may call", () => {
  const doors: Array<[string, RouteHandler, string, RequestInit]> = [
    ["GET /api/users", users.GET, "/api/users", {}],
    ["POST /api/users", users.POST, "/api/users", send("POST", { name: "Nope", email: "nope@example.test", role: "ADMIN", locale: "fr" })],
    ["GET /api/users/{id}", oneUser.GET, "/api/users/x", {}],
    ["PATCH /api/users/{id}", oneUser.PATCH, "/api/users/x", send("PATCH", { role: "ADMIN" })],
    ["POST /api/users/{id}/invitation", invitation.POST, "/api/users/x/invitation", send("POST")],
    ["DELETE /api/users/{id}/invitation", invitation.DELETE, "/api/users/x/invitation", send("DELETE")],
    ["POST /api/users/{id}/password-reset", passwordReset.POST, "/api/users/x/password-reset", send("POST")],
  ];

  it.each(doors)("%s: 401 signed out, 403 for every role but admin", async (_name, handler, url, init) => {
    const target = await createUser("CUSTOMER");
    const path = url.replace("/x", `/${target.id}`);
    signInAs(null);
    expect((await call(handler, path, init, { id: target.id })).status).toBe(401);
    for (const role of ["CUSTOMER", "SELLER", "SUPPORT"] as const) {
      signInAs(await createUser(role));
      expect((await call(handler, path, init, { id: target.id })).status).toBe(403);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true } })).toEqual({ role: "CUSTOMER" });
    expect(await db.user.count({ where: { email: "nope@example.test" } })).toBe(0);
  });

  it("refuses the actions to non-admins", async () => {
    signInAs(await createUser("SELLER"));
    const result = await inviteUserAction({ name: "Nope", email: address("nope"), role: "ADMIN", locale: "fr" });
    expect(result?.serverError).toMatchObject({ code: "FORBIDDEN" });
    signInAs(null);
    expect((await changeUserAccessAction({ id: admin.id, changes: { role: "SELLER" } }))?.serverError).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
