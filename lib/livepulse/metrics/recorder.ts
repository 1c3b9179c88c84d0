import "server-only";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { env } from "../../env";
import { bucketIndex } from "./histogram";
import { isExcludedPath, type MetricKindName } from "./kinds";
import { emptyTotals, minuteStart, type Totals } from "./rates";
import { observe } from "./prometheus";

export type PendingMinute = { minute: Date; kind: MetricKindName; totals: Totals };

type State = { instance: string; pending: Map<string, PendingMinute> };

/**
 * Kept on globalThis: Next bundles instrumentation and route code apart, and
 * every copy of this module must count into the same minutes.
 */
const holder = globalThis as unknown as { __metricsRecorder?: State };
function state(): State {
  return (holder.__metricsRecorder ??= {
    instance: `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`,
    pending: new Map(),
  });
}

/** This process's name in the per-minute rows. */
export function instanceName(): string {
  return state().instance;
}

export type Measured = {
  kind: MetricKindName;
  /** A route pattern (`/api/hosting/plans/{id}`, `/crm/leads/[id]`), never a raw URL. */
  route: string;
  method: string;
  status: number;
  durationMs: number;
  /** Failed on the server's side (a 5xx, a thrown action). */
  error: boolean;
};

/**
 * Counts one request in memory: the hot path only adds numbers; the flush job
 * writes them out. Does nothing when measuring is off or for excluded paths.
 */
export function recordRequest(m: Measured, now = Date.now()): void {
  if (env.metricsFlushMs <= 0 || isExcludedPath(m.route)) return;
  const minute = minuteStart(now);
  const key = `${minute.getTime()}|${m.kind}`;
  const pending = state().pending;
  let entry = pending.get(key);
  if (!entry) {
    entry = { minute, kind: m.kind, totals: emptyTotals() };
    pending.set(key, entry);
  }
  const duration = Math.max(0, m.durationMs);
  entry.totals.count += 1;
  if (m.error) entry.totals.errors += 1;
  entry.totals.durationMs += duration;
  entry.totals.buckets[bucketIndex(duration)] += 1;
  observe(m, duration);
}

/** Hands over what was counted since the last call (the flush writes it). */
export function takePending(): PendingMinute[] {
  const pending = state().pending;
  const entries = [...pending.values()];
  pending.clear();
  return entries;
}

/** Puts back minutes a failed flush could not write, so the next one retries them. */
export function restorePending(entries: readonly PendingMinute[]): void {
  const pending = state().pending;
  for (const entry of entries) {
    const key = `${entry.minute.getTime()}|${entry.kind}`;
    const current = pending.get(key);
    if (!current) {
      pending.set(key, entry);
      continue;
    }
    current.totals.count += entry.totals.count;
    current.totals.errors += entry.totals.errors;
    current.totals.durationMs += entry.totals.durationMs;
    entry.totals.buckets.forEach((n, i) => (current.totals.buckets[i] += n));
  }
}
