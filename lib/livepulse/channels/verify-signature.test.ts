import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhookSignature } from "./verify-signature";

const secret = "whsec_test";
const body = '{"event":"alert.fired"}';
const now = 1_780_000_000;

function headers(overrides: Record<string, string> = {}) {
  return {
    "x-orbite-timestamp": String(now),
    "x-orbite-signature": signWebhook(secret, now, body),
    "x-orbite-delivery": "delivery_1",
    ...overrides,
  };
}

describe("webhook signatures", () => {
  it("are v1= and the hex HMAC-SHA256 of the timestamp, a dot and the raw body", () => {
    const expected = createHmac("sha256", secret).update(`${now}.${body}`).digest("hex");
    expect(signWebhook(secret, now, body)).toBe(`v1=${expected}`);
  });

  it("verify once, and refuse the same delivery again", () => {
    const seen = new Set<string>();
    expect(verifyWebhookSignature(secret, body, headers(), seen, now)).toEqual({ ok: true });
    expect(verifyWebhookSignature(secret, body, headers(), seen, now)).toEqual({ ok: false, reason: "replay" });
  });

  it("refuse another secret, a changed body, a stale or future timestamp, and missing headers", () => {
    const seen = new Set<string>();
    expect(verifyWebhookSignature("whsec_other", body, headers(), seen, now)).toEqual({ ok: false, reason: "signature" });
    expect(verifyWebhookSignature(secret, `${body} `, headers(), seen, now)).toEqual({ ok: false, reason: "signature" });
    expect(verifyWebhookSignature(secret, body, headers({ "x-orbite-signature": "v1=00" }), seen, now)).toEqual({
      ok: false,
      reason: "signature",
    });
    expect(verifyWebhookSignature(secret, body, headers(), seen, now + 301)).toEqual({ ok: false, reason: "stale" });
    expect(verifyWebhookSignature(secret, body, headers(), seen, now - 301)).toEqual({ ok: false, reason: "stale" });
    expect(verifyWebhookSignature(secret, body, headers({ "x-orbite-timestamp": "soon" }), seen, now)).toEqual({
      ok: false,
      reason: "missing",
    });
    expect(verifyWebhookSignature(secret, body, {}, seen, now)).toEqual({ ok: false, reason: "missing" });
    // Nothing refused was remembered: the genuine delivery still passes.
    expect(verifyWebhookSignature(secret, body, headers(), seen, now + 300)).toEqual({ ok: true });
  });
});

describe("the documentation", () => {
  it("prints the verification function exactly as the app has it", () => {
    const source = readFileSync(path.join(import.meta.dirname, "verify-signature.ts"), "utf8");
    const start = source.indexOf("export function verifyWebhookSignature(");
    const fn = source.slice(start, source.indexOf("\n}\n", start) + 3).replace("export function", "function");
    const doc = readFileSync(path.join(import.meta.dirname, "../../../docs/alert-channels.md"), "utf8");
    expect(fn.length).toBeGreaterThan(500);
    expect(doc).toContain(fn);
  });
});
