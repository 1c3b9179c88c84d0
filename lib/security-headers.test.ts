import { describe, expect, it } from "vitest";
import { apiContentSecurityPolicy, contentSecurityPolicy, createNonce, pusherSources, type PagePolicyOptions } from "./security-headers";

const page = (options: Partial<PagePolicyOptions> = {}) =>
  contentSecurityPolicy({ nonce: "bm9uY2U=", development: false, pusher: null, https: false, ...options });

/** The policy's directives by name, each with its sources. */
const directives = (policy: string) =>
  new Map(policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)] as const));

describe("createNonce", () => {
  it("draws a fresh base64 value of 128 bits every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("contentSecurityPolicy", () => {
  it("runs scripts by this answer's nonce only, never inline or through eval in production", () => {
    const scripts = directives(page()).get("script-src");
    expect(scripts).toContain("'nonce-bm9uY2U='");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(page()).not.toContain("unsafe-eval");
  });

  it("allows eval for `next dev` only", () => {
    expect(directives(page({ development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("is never framed, plugs no objects, and keeps base URLs and form targets on the site", () => {
    const policy = directives(page());
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("connects to the site only with the built-in stream, and to the Pusher server when one is configured", () => {
    expect(directives(page()).get("connect-src")).toEqual(["'self'"]);
    const soketi = directives(page({ pusher: { host: "realtime.example.net", port: 6001, useTLS: true } })).get("connect-src");
    expect(soketi).toEqual(["'self'", "wss://realtime.example.net:6001"]);
    const hosted = directives(page({ pusher: { cluster: "eu", useTLS: true } })).get("connect-src");
    expect(hosted).toEqual(["'self'", "wss://ws-eu.pusher.com", "https://sockjs-eu.pusher.com"]);
  });

  it("upgrades insecure requests only on pages served over HTTPS", () => {
    expect(directives(page()).has("upgrade-insecure-requests")).toBe(false);
    expect(directives(page({ https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("pusherSources", () => {
  it("allows plain WebSockets to a server without TLS, and TLS too, which pusher-js uses on HTTPS pages", () => {
    expect(pusherSources({ host: "127.0.0.1", port: 6001, useTLS: false })).toEqual(["ws://127.0.0.1:6001", "wss://127.0.0.1:6001"]);
    expect(pusherSources({ host: "soketi.internal", useTLS: true })).toEqual(["wss://soketi.internal"]);
  });
});

describe("the API's policy", () => {
  it("loads nothing and is never framed", () => {
    expect(apiContentSecurityPolicy).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
