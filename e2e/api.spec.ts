import { createHash } from "node:crypto";
import { expect, test } from "./fixtures";
import { login } from "./support";

test("liveness answers, and readiness reports the database round trip and no pending migration", { tag: "@smoke" }, async ({ request }) => {
  const live = await request.get("/api/health");
  expect(live.status()).toBe(200);
  expect((await live.json()).status).toBe("ok");
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  const body = await ready.json();
  expect(body).toMatchObject({ status: "ready", draining: false, database: { ok: true }, pendingMigrations: [] });
  expect(typeof body.database.latencyMs).toBe("number");
});

test("/api/me answers 401 in the error shape when signed out, the user when signed in", async ({ page }) => {
  const anonymous = await page.request.get("/api/me");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: { code: "UNAUTHORIZED", message: expect.any(String) } });

  await login(page, "SUPPORT");
  const me = await page.request.get("/api/me");
  expect(me.status()).toBe(200);
  const body = await me.json();
  expect(body).toMatchObject({ role: "SUPPORT", email: "support@orbite.test" });
  expect(body.permissions["tickets:manage"]).toBe("all");
  expect(body.permissions["crm:write"]).toBeUndefined();
});

test("a path that is not UTF-8 names nothing: 404 on every API route with an id and on pages, never 500", async ({ page }) => {
  await login(page, "ADMIN");
  const ids = ["%C0%AF", "%ff", "%E2%82", "%00"];
  const routes: Array<[method: "GET" | "PUT" | "POST", path: string]> = [
    ["GET", "/api/hosting/plans/{id}"],
    ["GET", "/api/hosting/requests/{id}"],
    ["GET", "/api/crm/leads/{id}"],
    ["GET", "/api/crm/leads/{id}/activities"],
    ["GET", "/api/crm/tickets/{id}"],
    ["POST", "/api/crm/tickets/{id}/comments"],
    ["PUT", "/api/livepulse/alerts/{id}/acknowledge"],
    ["PUT", "/api/livepulse/alert-rules/{id}"],
    ["PUT", "/api/livepulse/monitors/{id}"],
  ];
  for (const [method, route] of routes) {
    for (const id of ids) {
      const response = await page.request.fetch(route.replace("{id}", id), { method, data: method === "GET" ? undefined : {} });
      expect(response.status(), `${method} ${route} with ${id}`).toBe(404);
      expect((await response.json()).error.code).toBe("NOT_FOUND");
    }
  }
  for (const path of ["/crm/leads/%C0%AF", "/hosting/requests/%ff"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

test("a server action over its size limit is refused with 413, not failed with 500", async ({ page }) => {
  await login(page, "CUSTOMER");
  const response = await page.request.post("/hosting/request", {
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "x".repeat(1024 * 1024 + 1),
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
});

test("lists given a search PostgreSQL cannot store show their page, never a 500", async ({ page }) => {
  await login(page, "ADMIN");
  for (const path of ["/crm/leads", "/crm/customers", "/crm/tickets", "/hosting/tickets"]) {
    for (const q of ["%00", "%ED%A0%80", "a%00b"]) {
      expect((await page.request.get(`${path}?q=${q}`)).status(), `${path}?q=${q}`).toBe(200);
    }
  }
  expect((await page.request.get("/api/crm/tickets?q=%00")).status()).toBe(422);
});

test("every answer carries the security headers; a signed-in caller's API answers are never cached", async ({ page }) => {
  const expected = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
  };
  for (const path of ["/pricing", "/login", "/api/health", "/api/hosting/plans", "/favicon.ico"]) {
    const headers = (await page.request.get(path)).headers();
    expect(headers, path).toMatchObject(expected);
    expect(headers["permissions-policy"], path).toContain("camera=()");
  }
  await login(page, "SELLER");
  const mine = await page.request.get("/api/crm/leads?pageSize=1");
  expect(mine.headers()["cache-control"]).toBe("private, no-store");
});

test("pages carry a content security policy with a fresh nonce on every answer, on all their scripts; API answers load nothing", async ({
  page,
}) => {
  const nonces: string[] = [];
  for (let visit = 0; visit < 2; visit++) {
    const response = await page.request.get("/forgot-password");
    const policy = response.headers()["content-security-policy"] ?? "";
    const scripts = /(?:^|; )script-src ([^;]*)/.exec(policy)?.[1] ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/]+={0,2})'/.exec(scripts)?.[1] ?? "";
    expect(nonce, policy).not.toBe("");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    // Every script the server wrote (Next's, and the theme script) runs by this answer's nonce.
    const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([]);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);

  const redirect = await page.request.get("/crm", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["content-security-policy"]).toMatch(/script-src [^;]*'nonce-/);

  for (const path of ["/api/health", "/api/hosting/plans", "/api/me", "/api/auth/session", "/api/crm/leads/%C0%AF"]) {
    const headers = (await page.request.get(path, { headers: { "x-request-id": "req-from-the-proxy-42" } })).headers();
    expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
    // The id a proxy in front gave the request comes back with the answer.
    expect(headers["x-request-id"], path).toBe("req-from-the-proxy-42");
  }
  // Plain HTTP here, and no trusted proxy to say otherwise: no HSTS, whatever the client claims.
  const claimed = await page.request.get("/forgot-password", { headers: { "x-forwarded-proto": "https" } });
  expect(claimed.headers()["strict-transport-security"]).toBeUndefined();
});

test("the pages served from cache allow exactly their own inline scripts, by hash, with the other security headers", async ({ page }) => {
  for (const path of ["/pricing", "/status", "/login", "/register"]) {
    await page.request.get(path);
    const again = await page.request.get(path);
    // From the cache (STALE: older than its `revalidate`, answered while it is rendered again).
    expect(again.headers()["x-nextjs-cache"], path).toMatch(/^(HIT|STALE)$/);
    const html = await again.text();
    const policy = again.headers()["content-security-policy"] ?? "";
    const scripts = /(?:^|; )script-src ([^;]*)/.exec(policy)?.[1] ?? "";
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
    expect(scripts, path).not.toContain("'nonce-");
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("object-src 'none'");
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body).filter(Boolean);
    expect(inline.length, path).toBeGreaterThan(0);
    for (const body of inline) {
      expect(scripts, `${path}: ${body.slice(0, 60)}`).toContain(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
    }
    for (const header of [
      "x-content-type-options",
      "referrer-policy",
      "x-frame-options",
      "permissions-policy",
      "cross-origin-opener-policy",
    ]) {
      expect(again.headers()[header], `${path} ${header}`).toBeTruthy();
    }
  }
  // One address per page: the language segment is the server's own.
  const typed = await page.request.get("/en/pricing", { maxRedirects: 0 });
  expect(typed.status()).toBe(308);
  expect(typed.headers().location).toBe("/pricing");
  // The language follows the cookie, then Accept-Language, on the same address.
  const english = await page.request.get("/pricing", { headers: { "accept-language": "en-GB,en;q=0.9" } });
  expect(await english.text()).toContain('<html lang="en"');
  const french = await page.request.get("/pricing", { headers: { "accept-language": "en", cookie: "NEXT_LOCALE=fr" } });
  expect(await french.text()).toContain('<html lang="fr"');
});
