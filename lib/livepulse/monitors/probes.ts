import "server-only";
import { connect } from "node:net";
import { db } from "../../db";
import { env } from "../../env";
import { pusherFor, triggerRefusal } from "../../realtime/pusher-server";
import { streamHub } from "../../realtime/stream-hub";
import type { ServiceCheckKindName } from "./schemas";
import { errorText, httpOutcome, parseHostPort, statusFromThresholds, type Outcome } from "./status";
import { eventLoopDelayP99 } from "./event-loop";

export type Probe = { kind: ServiceCheckKindName; target: string; expectedStatus: number | null; timeoutMs: number };

const elapsed = (started: number) => Math.round(performance.now() - started);

/** Rejects after `ms`: a check that hangs counts as down, never as pending forever. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function database(timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  await within(db.$queryRaw`SELECT 1`, timeoutMs);
  return { status: "UP", latencyMs: elapsed(started), error: null };
}

/** The configured transport answers: Pusher's HTTP API, or the built-in stream's LISTEN connection (in process on PGlite). */
async function realtime(timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  const settings = env.realtime;
  if (settings.transport === "pusher") {
    const response = await within(pusherFor(settings.pusher).get({ path: "/channels" }), timeoutMs);
    const refusal = triggerRefusal(await response.text());
    if (!response.ok || refusal) return { status: "DOWN", latencyMs: elapsed(started), error: refusal ?? `HTTP ${response.status}` };
  } else {
    await streamHub().ready(timeoutMs);
  }
  return { status: "UP", latencyMs: elapsed(started), error: null };
}

function memory(): Outcome {
  const rssMb = Math.round(process.memoryUsage.rss() / 1_048_576);
  const status = statusFromThresholds(rssMb, env.monitor.rssMb);
  return { status, latencyMs: null, error: status === "UP" ? null : `RSS ${rssMb} MB` };
}

function eventLoop(): Outcome {
  const p99 = eventLoopDelayP99();
  if (p99 === null) return { status: "UNKNOWN", latencyMs: null, error: null };
  const status = statusFromThresholds(p99, env.monitor.lagMs);
  // The lag is what this check measures: it is shown where the others show their latency.
  return { status, latencyMs: Math.round(p99), error: status === "UP" ? null : `event loop delay p99 ${p99} ms` };
}

async function http(target: string, expected: number, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(target, {
    method: "GET",
    redirect: "manual",
    cache: "no-store",
    headers: { "user-agent": "orbite-monitor" },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const latencyMs = elapsed(started);
  await response.body?.cancel().catch(() => undefined);
  return httpOutcome(expected, response.status, latencyMs);
}

function tcp(target: string, timeoutMs: number): Promise<Outcome> {
  const address = parseHostPort(target);
  if (!address) return Promise.resolve({ status: "DOWN", latencyMs: null, error: "invalid host:port" });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = connect({ host: address.host, port: address.port, timeout: timeoutMs });
    socket.once("connect", () => {
      socket.destroy();
      resolve({ status: "UP", latencyMs: elapsed(started), error: null });
    });
    socket.once("timeout", () => {
      socket.destroy();
      reject(new Error(`timed out after ${timeoutMs} ms`));
    });
    socket.once("error", (error) => {
      socket.destroy();
      reject(error);
    });
  });
}

/** Measures one check. Never throws: a failure is a DOWN outcome with its reason. */
export async function probe(check: Probe): Promise<Outcome> {
  try {
    switch (check.kind) {
      case "DATABASE":
        return await database(check.timeoutMs);
      case "REALTIME":
        return await realtime(check.timeoutMs);
      case "MEMORY":
        return memory();
      case "EVENT_LOOP":
        return eventLoop();
      case "HTTP":
        return await http(check.target, check.expectedStatus ?? 200, check.timeoutMs);
      case "TCP":
        return await tcp(check.target, check.timeoutMs);
    }
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return { status: "DOWN", latencyMs: null, error: timedOut ? `timed out after ${check.timeoutMs} ms` : errorText(error) };
  }
}
