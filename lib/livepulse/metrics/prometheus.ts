import "server-only";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import { LATENCY_BOUNDS_MS } from "./histogram";
import type { Measured } from "./recorder";

type Instruments = { registry: Registry; requests: Counter<string>; duration: Histogram<string> };

/**
 * A dedicated registry (never prom-client's global one). This instance's own
 * counters are fed at each request; the fleet-wide gauges are added by
 * `exposition.ts`, read from the per-minute rows at scrape time. The process's own figures
 * (resident memory, heap, event loop lag, garbage collection) are prom-client's defaults.
 */
const holder = globalThis as unknown as { __metricsInstruments?: Instruments };
export function instruments(): Instruments {
  if (holder.__metricsInstruments) return holder.__metricsInstruments;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "livepulse_requests_total",
    help: "Requests measured by this instance, by kind (page, action, api), route pattern, method and status class.",
    labelNames: ["kind", "route", "method", "status"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "livepulse_request_duration_seconds",
    help: "Duration of the requests measured by this instance, by kind, with the buckets of the per-minute rows.",
    labelNames: ["kind"],
    buckets: LATENCY_BOUNDS_MS.map((ms) => ms / 1000),
    registers: [registry],
  });
  holder.__metricsInstruments = { registry, requests, duration };
  return holder.__metricsInstruments;
}

export function observe(m: Measured, durationMs: number): void {
  const { requests, duration } = instruments();
  const kind = m.kind.toLowerCase();
  requests.inc({ kind, route: m.route, method: m.method, status: `${Math.floor(m.status / 100)}xx` });
  duration.observe({ kind }, durationMs / 1000);
}
