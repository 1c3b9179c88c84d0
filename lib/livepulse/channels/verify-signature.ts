import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Webhook signatures, both sides. The app signs each delivery; a receiver verifies it with
 * `verifyWebhookSignature`, which docs/alert-channels.md prints as is (it imports nothing but
 * `node:crypto`, so it can be copied into any Node.js receiver).
 *
 * Headers sent with every webhook delivery:
 * - `X-Orbite-Timestamp`: the time of sending, in Unix seconds;
 * - `X-Orbite-Signature`: `v1=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`;
 * - `X-Orbite-Delivery`: the delivery's id, the same on every retry of one delivery.
 */
export const signatureHeaders = {
  timestamp: "x-orbite-timestamp",
  signature: "x-orbite-signature",
  delivery: "x-orbite-delivery",
} as const;

/** `v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`: what the app sends in `X-Orbite-Signature`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * Verifies a webhook from Orbite. `rawBody` is the request's body exactly as received (before any
 * JSON parsing), `headers` its headers with lower-case names (as Node's `req.headers`), `seen` the
 * delivery ids already accepted (keep them at least `toleranceSeconds`; a Set in memory is enough for
 * one process, a table with a unique key for several). Answers `{ ok: true }` or why it refuses.
 */
export function verifyWebhookSignature(
  secret: string,
  rawBody: string,
  headers: Record<string, string | string[] | undefined>,
  seen: { has(id: string): boolean; add(id: string): unknown },
  nowSeconds: number = Math.floor(Date.now() / 1000),
  toleranceSeconds: number = 300,
): { ok: true } | { ok: false; reason: "missing" | "stale" | "signature" | "replay" } {
  const header = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const timestamp = header("x-orbite-timestamp");
  const signature = header("x-orbite-signature");
  const deliveryId = header("x-orbite-delivery");
  if (!timestamp || !signature || !deliveryId || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "missing" };
  // Too old (or from the future): a captured request cannot be played back later.
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return { ok: false, reason: "stale" };
  const expected = Buffer.from(`v1=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")}`);
  const received = Buffer.from(signature);
  // Compared in constant time; timingSafeEqual wants buffers of equal length.
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) return { ok: false, reason: "signature" };
  // Within the tolerance, the same delivery may only be accepted once.
  if (seen.has(deliveryId)) return { ok: false, reason: "replay" };
  seen.add(deliveryId);
  return { ok: true };
}
