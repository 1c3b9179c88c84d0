import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "../env";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Whether `Authorization: Bearer <INBOUND_EMAIL_SECRET>` was sent; compared in constant time (hashes have equal length). */
export function hasInboundSecret(authorization: string | null, secret = env.inboundEmailSecret): boolean {
  if (!secret || !authorization?.startsWith("Bearer ")) return false;
  return timingSafeEqual(digest(authorization.slice("Bearer ".length).trim()), digest(secret));
}

/** Whether reply by email is on: without a secret nobody may post inbound mail. */
export const inboundEmailEnabled = () => Boolean(env.inboundEmailSecret);
