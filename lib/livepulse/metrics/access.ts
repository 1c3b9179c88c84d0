import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "../../env";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Whether `Authorization: Bearer <METRICS_TOKEN>` was sent; compared in constant time (hashes have equal length). */
export function hasMetricsToken(authorization: string | null, token = env.metricsToken): boolean {
  if (!token || !authorization?.startsWith("Bearer ")) return false;
  return timingSafeEqual(digest(authorization.slice("Bearer ".length).trim()), digest(token));
}
