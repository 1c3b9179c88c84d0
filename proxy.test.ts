import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { env } from "@/lib/env";

// The proxy as Auth.js runs it: the session is read first and handed over as `request.auth`.
vi.mock("@/lib/auth", () => ({ auth: (handler: unknown) => handler }));
const { default: proxy } = (await import("./proxy")) as unknown as {
  default: (request: NextRequest & { auth: unknown }) => Promise<Response>;
};

function visit(path: string, role: Role | null, headers: HeadersInit = {}) {
  const request = Object.assign(new NextRequest(`http://localhost${path}`, { headers }), { auth: role ? { user: { role } } : null });
  return proxy(request);
}

const policyOf = (response: Response) => response.headers.get("content-security-policy") ?? "";
const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];

describe("proxy", () => {
  it("sends an anonymous visitor to login with the page's path and query, encoded", async () => {
    const response = await visit("/notifications?unread=1&page=2", null);
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get("location")!).search).toBe("?callbackUrl=%2Fnotifications%3Funread%3D1%26page%3D2");
  });

  it("hands a page its own path and query, whatever the client sent in that header", async () => {
    const response = await visit("/crm/leads?stage=NEW", "SELLER", { "x-request-path": "//evil.test" });
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-middleware-request-x-request-path")).toBe("/crm/leads?stage=NEW");
  });
});

describe("the content security policy", () => {
  it("gives each page a fresh nonce, in the answer and in the request headers the page renders with", async () => {
    const first = await visit("/forgot-password", null, { "x-nonce": "chosen-by-the-client" });
    const second = await visit("/forgot-password", null);
    const policy = policyOf(first);
    const nonce = nonceOf(policy);
    expect(nonce).toBeTruthy();
    expect(nonce).not.toBe(nonceOf(policyOf(second)));
    expect(policy).toContain("frame-ancestors 'none'");
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });

  it("comes with redirects and with the 404 of an undecodable path", async () => {
    const redirect = await visit("/crm", null);
    expect(redirect.status).toBe(307);
    expect(policyOf(redirect)).toMatch(/script-src [^;]*'nonce-/);
    const notFound = await visit("/crm/leads/%C0%AF", "ADMIN");
    expect(notFound.status).toBe(404);
    expect(policyOf(notFound)).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("leaves a decodable API path to its route, which stamps its own answer (lib/http.ts, next.config.mjs)", async () => {
    const response = await visit("/api/crm/leads/caf%C3%A9", null);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(policyOf(response)).toBe("");
    expect(response.headers.get("x-middleware-request-x-nonce")).toBeNull();
  });
});

describe("HSTS", () => {
  afterEach(() => {
    env.trustedProxyHops = 0;
  });

  it("is never sent over plain HTTP, nor on a forwarded protocol no trusted proxy vouches for", async () => {
    expect((await visit("/pricing", null)).headers.get("strict-transport-security")).toBeNull();
    expect((await visit("/pricing", null, { "x-forwarded-proto": "https" })).headers.get("strict-transport-security")).toBeNull();
    env.trustedProxyHops = 1;
    expect((await visit("/pricing", null, { "x-forwarded-proto": "http" })).headers.get("strict-transport-security")).toBeNull();
  });

  it("is sent on pages and redirects when a trusted proxy says the client came over HTTPS", async () => {
    env.trustedProxyHops = 1;
    for (const path of ["/pricing", "/crm", "/api/crm/leads/%C0%AF"]) {
      const response = await visit(path, null, { "x-forwarded-proto": "https" });
      expect(response.headers.get("strict-transport-security"), path).toBe("max-age=63072000; includeSubDomains");
    }
    expect(policyOf(await visit("/forgot-password", null, { "x-forwarded-proto": "https" }))).toContain("upgrade-insecure-requests");
  });
});

describe("the pages served from cache", () => {
  const localeOf = (response: Response) => response.headers.get("x-middleware-request-x-page-locale");

  it("are served in the visitor's language (next.config.ts rewrites): the cookie, then Accept-Language, then French", async () => {
    expect(localeOf(await visit("/pricing", null, { cookie: "NEXT_LOCALE=en", "accept-language": "fr" }))).toBe("en");
    expect(localeOf(await visit("/status", null, { "accept-language": "de, en;q=0.8" }))).toBe("en");
    expect(localeOf(await visit("/login", null, { "x-page-locale": "en" }))).toBe("fr");
    expect(localeOf(await visit("/register?callbackUrl=%2Fhosting", null, { cookie: "NEXT_LOCALE=en" }))).toBe("en");
    // Any other page: whatever the client sent is dropped.
    expect(localeOf(await visit("/forgot-password", null, { "x-page-locale": "en" }))).toBeNull();
  });

  it("carry no nonce: the cache handler gets the policy without hashes, whatever the client sent", async () => {
    const response = await visit("/pricing", null, { "x-cached-page-policy": "script-src *", "x-nonce": "n", "x-next-intl-locale": "en" });
    expect(policyOf(response)).toBe("");
    const handed = response.headers.get("x-middleware-request-x-cached-page-policy") ?? "";
    expect(handed).toContain("script-src 'self';");
    expect(handed).not.toContain("nonce");
    expect(handed).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-middleware-request-x-nonce")).toBeNull();
    expect(response.headers.get("x-middleware-request-x-next-intl-locale")).toBeNull();
  });

  it("have one address only: a language segment typed in is sent to the page without it", async () => {
    const response = await visit("/fr/pricing?x=1", null);
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get("location")!).pathname + new URL(response.headers.get("location")!).search).toBe("/pricing?x=1");
    expect(new URL((await visit("/en", null)).headers.get("location")!).pathname).toBe("/");
  });

  it("send a signed-in visitor past sign-in, to the page to come back to when it is of this site", async () => {
    const back = await visit("/register?callbackUrl=%2Fhosting%2Frequest%3Fplan%3Dpro", "CUSTOMER");
    expect(back.status).toBe(307);
    expect(back.headers.get("location")).toBe("http://localhost/hosting/request?plan=pro");
    const elsewhere = await visit("/login?callbackUrl=%2F%2Fevil.test", "SELLER");
    expect(new URL(elsewhere.headers.get("location")!).pathname).toBe("/crm");
  });
});
