/**
 * The service monitor's logic, pure: a status from a measurement and its
 * thresholds, an HTTP answer judged against the expected status, a TCP
 * target read, uptime from results. Shared by the checks and the page.
 */
import type { ServiceStatusName } from "./schemas";

export type Thresholds = { degraded: number; down: number };
export type Outcome = { status: ServiceStatusName; latencyMs: number | null; error: string | null };

/** UP below the degraded threshold, DEGRADED from it, DOWN from the down threshold. */
export function statusFromThresholds(value: number, thresholds: Thresholds): ServiceStatusName {
  if (value >= thresholds.down) return "DOWN";
  if (value >= thresholds.degraded) return "DEGRADED";
  return "UP";
}

/** An HTTP check's outcome: the expected status is UP, any other is DOWN with what came back. */
export function httpOutcome(expected: number, actual: number, latencyMs: number): Outcome {
  if (actual === expected) return { status: "UP", latencyMs, error: null };
  return { status: "DOWN", latencyMs, error: `expected ${expected}, got ${actual}` };
}

export type KeywordModeName = "PRESENT" | "ABSENT";

/** A body judged against a keyword: null when it matches the mode, else the error the check reports. */
export function keywordError(body: string, keyword: string, mode: KeywordModeName): string | null {
  const found = body.includes(keyword);
  if (mode === "PRESENT") return found ? null : `keyword "${keyword}" not found`;
  return found ? `keyword "${keyword}" found` : null;
}

/** A keyword error read back into its parts, for the page to show it translated; null for any other error. */
export function parseKeywordError(error: string): { keyword: string; found: boolean } | null {
  const match = /^keyword "(.*)" (not found|found)$/s.exec(error);
  return match ? { keyword: match[1], found: match[2] === "found" } : null;
}

const DAY_MS = 86_400_000;

/** Whole days left before `expiresAt` (rounded down; negative once expired). */
export function daysLeft(expiresAt: Date, now: Date): number {
  return Math.floor((expiresAt.getTime() - now.getTime()) / DAY_MS);
}

/** `host:port` (IPv6 in brackets: `[::1]:5432`) read into its parts, or null when it is not one. */
export function parseHostPort(value: string): { host: string; port: number } | null {
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)):(\d{1,5})$/.exec(value.trim());
  if (!match) return null;
  const port = Number(match[3]);
  if (port < 1 || port > 65_535) return null;
  return { host: match[1] ?? match[2], port };
}

export type StatusCounts = Partial<Record<ServiceStatusName, number>>;

/**
 * The share of checks that found the service available (UP or DEGRADED), in
 * percent with two decimals, or null when nothing was checked. Results of
 * unknown status say nothing either way and are left out.
 */
export function uptimePercent(counts: StatusCounts): number | null {
  const available = (counts.UP ?? 0) + (counts.DEGRADED ?? 0);
  const known = available + (counts.DOWN ?? 0);
  if (known === 0) return null;
  return Math.round((available / known) * 10_000) / 100;
}

/** Whether a check is due at `now`: never checked, or its interval has passed since the last check. */
export function isDue(check: { lastCheckedAt: Date | null; intervalSeconds: number }, now: Date): boolean {
  return !check.lastCheckedAt || check.lastCheckedAt.getTime() + check.intervalSeconds * 1000 <= now.getTime();
}

/** A failure's message as a monitor shows it: short, one line. */
export function errorText(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const base = error instanceof Error ? error.message : String(error);
  const text = cause && cause.message && !base.includes(cause.message) ? `${base}: ${cause.message}` : base;
  return text.replace(/\s+/g, " ").trim().slice(0, 300) || "check failed";
}
