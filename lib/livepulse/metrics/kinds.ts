/** What a measured request was. */
import { MetricKind } from "../../generated/prisma/enums.ts";

export const metricKinds = Object.values(MetricKind);
export type MetricKindName = MetricKind;

/**
 * Requests left out of the figures: the scraper and the live views that read
 * them (counting those would measure the watchers), Next's assets and files.
 */
export function isExcludedPath(path: string): boolean {
  return (
    path === "/api/metrics" ||
    path.startsWith("/api/livepulse/metrics") ||
    path.startsWith("/api/realtime/") ||
    path.startsWith("/_next/") ||
    path === "/favicon.ico" ||
    /\.[a-z0-9]{2,5}$/i.test(path)
  );
}
