import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./fake-session";

// Auth.js needs Next's runtime: the session is whatever the test says (route handlers read it).
vi.mock("@/lib/auth/index", () => import("./fake-session"));

import { NextRequest } from "next/server.js";
import * as passwordRoute from "@/app/api/me/password/route";
import * as meRoute from "@/app/api/me/route";
import * as myTokenRoute from "@/app/api/me/tokens/[id]/route";
import * as myTokensRoute from "@/app/api/me/tokens/route";
import * as ticketsRoute from "@/app/api/crm/tickets/route";
import * as plansRoute from "@/app/api/hosting/plans/route";
import * as tokenRoute from "@/app/api/tokens/[id]/route";
import * as tokensRoute from "@/app/api/tokens/route";
import { tokenRateKey, tokenRateLimit } from "@/lib/api-tokens/authenticate";
import { hashToken } from "@/lib/api-tokens/token";
import { db } from "@/lib/db";
import type { RouteHandler } from "@/lib/http";
import { changeUserAccess } from "@/lib/users/change-user-access";
import { createUser, type TestUser as Someone } from "./helpers";

let customer: Someone;
let admin: Someone;

const site = "https://hosting.example";

/** Calls a route as Next would: signed in as `user` (the session cookie), with these headers and body. */
async function call(
  handler: RouteHandler,
  path: string,
  {
    user = null,
    headers = {},
    body,
    method = "GET",
    params = {},
  }: {
    user?: Someone | null;
    headers?: Record<string, string>;
    body?: unknown;
    method?: string;
    params?: Record<string, string>;
  } = {},
) {
  actAs(user);
  try {
    const request = new NextRequest(`${site}${path}`, {
      method,
      headers: { host: "hosting.example", ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return await handler(request, { params: Promise.resolve(params) });
  } finally {
    actAs(null);
  }
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A token of `user`, created through the API with their session. */
async function tokenOf(user: Someone, scopes: string[], expiry = "30") {
  const response = await call(myTokensRoute.POST, "/api/me/tokens", {
    user,
    method: "POST",
    headers: { origin: site },
    body: { name: `token ${scopes.join(" ")}`, expiry, scopes },
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { id: string; token: string; prefix: string; scopes: string[]; status: string };
}

beforeAll(async () => {
  customer = await createUser("CUSTOMER");
  admin = await createUser("ADMIN");
});

describe("a personal API token", () => {
  it("is shown once and stored only as its hash", async () => {
    const created = await tokenOf(customer, ["tickets:read"]);
    expect(created.token).toMatch(/^orb_[0-9A-Za-z]{40}$/);
    expect(created.prefix).toBe(created.token.slice(0, 12));
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(4));
    const listed = await call(myTokensRoute.GET, "/api/me/tokens", { user: customer });
    const text = await listed.text();
    expect(text).toContain(created.id);
    expect(text).not.toContain(created.token);
    expect(text).not.toContain(row.tokenHash);
    expect(await db.auditLog.count({ where: { action: "apiToken.create", entityId: created.id, actorId: customer.id } })).toBe(1);
  });

  it("works on a route in its scopes, as its owner, and is refused (403) on one outside them", async () => {
    const { token } = await tokenOf(customer, ["tickets:read"]);
    const read = await call(ticketsRoute.GET, "/api/crm/tickets", { headers: bearer(token) });
    expect(read.status).toBe(200);
    const open = await call(ticketsRoute.POST, "/api/crm/tickets", {
      method: "POST",
      headers: bearer(token),
      body: { subject: "Mon site est lent", description: "Depuis ce matin, les pages mettent dix secondes." },
    });
    expect(open.status).toBe(403);
    expect((await open.json()).error.message).toContain("tickets:create");
    // /api/me is a "user" route: a token reaches it only with account:manage.
    expect((await call(meRoute.GET, "/api/me", { headers: bearer(token) })).status).toBe(403);
    const { token: accountToken } = await tokenOf(customer, ["account:manage", "tickets:read"]);
    const me = await call(meRoute.GET, "/api/me", { headers: bearer(accountToken) });
    expect(me.status).toBe(200);
    const body = await me.json();
    expect(body.id).toBe(customer.id);
    // What it may do is the role narrowed to the token.
    expect(Object.keys(body.permissions).sort()).toEqual(["account:manage", "tickets:read"]);
  });

  it("needs no same-origin proof: it carries no cookie authority", async () => {
    const { token } = await tokenOf(customer, ["tickets:create", "tickets:read"]);
    const response = await call(ticketsRoute.POST, "/api/crm/tickets", {
      method: "POST",
      headers: { ...bearer(token), origin: "http://evil.example" },
      body: { subject: "Mon site est lent", description: "Depuis ce matin, les pages mettent dix secondes." },
    });
    expect(response.status).toBe(201);
    expect((await response.json()).customerId).toBe(customer.id);
  });

  it("is refused (401) when unknown, malformed, expired or revoked, even beside a valid session", async () => {
    const unknown = `orb_${"A".repeat(40)}`;
    for (const authorization of [
      `Bearer ${unknown}`,
      "Bearer",
      "Bearer ",
      "bearer garbage",
      "Bearer orb_\u00e9\u00ff",
      "Bearer  orb_%00",
      `Bearer ${"x".repeat(5000)}`,
    ]) {
      const response = await call(ticketsRoute.GET, "/api/crm/tickets", { user: customer, headers: { authorization } });
      expect(response.status, authorization.slice(0, 30)).toBe(401);
      expect((await response.json()).error.code).toBe("UNAUTHORIZED");
    }
    // Even on a public route: a token that is sent must be good.
    expect((await call(plansRoute.GET, "/api/hosting/plans", { headers: bearer(unknown) })).status).toBe(401);

    const expired = await tokenOf(customer, ["tickets:read"]);
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await call(ticketsRoute.GET, "/api/crm/tickets", { headers: bearer(expired.token) })).status).toBe(401);

    const revoked = await tokenOf(customer, ["tickets:read"]);
    expect((await call(ticketsRoute.GET, "/api/crm/tickets", { headers: bearer(revoked.token) })).status).toBe(200);
    const revoke = await call(myTokenRoute.DELETE, `/api/me/tokens/${revoked.id}`, {
      user: customer,
      method: "DELETE",
      headers: { origin: site },
      params: { id: revoked.id },
    });
    expect(revoke.status).toBe(200);
    expect((await revoke.json()).status).toBe("revoked");
    expect((await call(ticketsRoute.GET, "/api/crm/tickets", { headers: bearer(revoked.token) })).status).toBe(401);
  });

  it("stops at once when its owner is disabled", async () => {
    const owner = await createUser("CUSTOMER");
    const { token } = await tokenOf(owner, ["tickets:read"]);
    expect((await call(ticketsRoute.GET, "/api/crm/tickets", { headers: bearer(token) })).status).toBe(200);
    await changeUserAccess({ id: admin.id, role: "ADMIN" }, owner.id, { disabled: true });
    expect((await call(ticketsRoute.GET, "/api/crm/tickets", { headers: bearer(token) })).status).toBe(401);
  });

  it("has its own rate limit: 429 with Retry-After past it", async () => {
    const created = await tokenOf(customer, ["tickets:read"]);
    expect((await call(ticketsRoute.GET, "/api/crm/tickets", { headers: bearer(created.token) })).status).toBe(200);
    await db.rateLimit.update({ where: { key: tokenRateKey(created.id) }, data: { count: tokenRateLimit.limit } });
    const limited = await call(ticketsRoute.GET, "/api/crm/tickets", { headers: bearer(created.token) });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another token of the same owner, and the owner's session, are not held back.
    const other = await tokenOf(customer, ["tickets:read"]);
    expect((await call(ticketsRoute.GET, "/api/crm/tickets", { headers: bearer(other.token) })).status).toBe(200);
    expect((await call(ticketsRoute.GET, "/api/crm/tickets", { user: customer })).status).toBe(200);
  });

  it("records when and from where it was last used, at most once a minute", async () => {
    const created = await tokenOf(customer, ["tickets:read"]);
    const headers = { ...bearer(created.token), "x-forwarded-for": "203.0.113.7" };
    expect((await call(ticketsRoute.GET, "/api/crm/tickets", { headers })).status).toBe(200);
    const first = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(first.lastUsedIp).toBe("203.0.113.7");
    expect(first.lastUsedAt).not.toBeNull();
    await call(ticketsRoute.GET, "/api/crm/tickets", { headers: { ...bearer(created.token), "x-forwarded-for": "198.51.100.1" } });
    const second = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(second.lastUsedAt).toEqual(first.lastUsedAt);
    expect(second.lastUsedIp).toBe("203.0.113.7");
  });

  it("cannot create another token, nor change its owner's password (403)", async () => {
    const { token } = await tokenOf(customer, ["account:manage"]);
    const before = await db.apiToken.count();
    const response = await call(myTokensRoute.POST, "/api/me/tokens", {
      method: "POST",
      headers: bearer(token),
      body: { name: "child", expiry: "7", scopes: ["account:manage"] },
    });
    expect(response.status).toBe(403);
    expect(await db.apiToken.count()).toBe(before);
    // Nor change the password: that takes the browser session.
    const password = await call(passwordRoute.POST, "/api/me/password", {
      method: "POST",
      headers: bearer(token),
      body: { currentPassword: customer.password, password: "another-horse-43", confirm: "another-horse-43" },
    });
    expect(password.status).toBe(403);
  });
});

describe("creating a token", () => {
  it("refuses a scope wider than the owner's role (422, the field named), and a bad expiry", async () => {
    const before = await db.apiToken.count();
    const wider = await call(myTokensRoute.POST, "/api/me/tokens", {
      user: customer,
      method: "POST",
      body: { name: "too much", expiry: "30", scopes: ["tickets:read", "users:manage"] },
    });
    expect(wider.status).toBe(422);
    expect((await wider.json()).error.fields).toEqual({ scopes: ["scopeNotAllowed"] });
    for (const body of [
      { name: "x", expiry: "1000", scopes: ["tickets:read"] },
      { name: "x", expiry: "date", expiresOn: "2020-01-01", scopes: ["tickets:read"] },
      { name: "x", expiry: "date", expiresOn: "9999-12-31", scopes: ["tickets:read"] },
      { name: "x", expiry: "30", scopes: [] },
      { name: "", expiry: "30", scopes: ["tickets:read"] },
    ]) {
      const response = await call(myTokensRoute.POST, "/api/me/tokens", { user: customer, method: "POST", body });
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
    expect(await db.apiToken.count()).toBe(before);
  });

  it("takes a chosen last day within a year", async () => {
    const day = new Date(Date.now() + 100 * 86_400_000).toISOString().slice(0, 10);
    const response = await call(myTokensRoute.POST, "/api/me/tokens", {
      user: customer,
      method: "POST",
      body: { name: "dated", expiry: "date", expiresOn: day, scopes: ["tickets:read"] },
    });
    expect(response.status).toBe(201);
    expect((await response.json()).expiresAt).toBe(`${day}T23:59:59.999Z`);
  });
});

describe("admins", () => {
  it("list every token with its owner, filter them, and revoke someone's token", async () => {
    const owner = await createUser("SELLER");
    const created = await tokenOf(owner, ["crm:read"]);
    expect((await call(tokensRoute.GET, "/api/tokens", { user: customer })).status).toBe(403);
    const listed = await call(tokensRoute.GET, `/api/tokens?q=${encodeURIComponent(owner.email)}&status=active`, { user: admin });
    expect(listed.status).toBe(200);
    const page = await listed.json();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ id: created.id, status: "active", user: { id: owner.id, email: owner.email } });
    expect(JSON.stringify(page)).not.toContain("tokenHash");

    // Someone else's token is not found through the owner's own route.
    const notMine = await call(myTokenRoute.DELETE, `/api/me/tokens/${created.id}`, {
      user: customer,
      method: "DELETE",
      params: { id: created.id },
    });
    expect(notMine.status).toBe(404);

    const revoked = await call(tokenRoute.DELETE, `/api/tokens/${created.id}`, {
      user: admin,
      method: "DELETE",
      params: { id: created.id },
    });
    expect(revoked.status).toBe(200);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.revokedById).toBe(admin.id);
    expect(await db.auditLog.count({ where: { action: "apiToken.revoke", entityId: created.id, actorId: admin.id } })).toBe(1);
    expect((await call(ticketsRoute.GET, "/api/crm/tickets", { headers: bearer(created.token) })).status).toBe(401);
    const revokedList = await call(tokensRoute.GET, `/api/tokens?q=${encodeURIComponent(owner.email)}&status=revoked`, { user: admin });
    expect((await revokedList.json()).total).toBe(1);
  });

  it("reach the admin routes with a token only when it names tokens:manage", async () => {
    const { token } = await tokenOf(admin, ["tickets:read"]);
    expect((await call(tokensRoute.GET, "/api/tokens", { headers: bearer(token) })).status).toBe(403);
    const { token: manage } = await tokenOf(admin, ["tokens:manage"]);
    expect((await call(tokensRoute.GET, "/api/tokens", { headers: bearer(manage) })).status).toBe(200);
  });
});
