import "server-only";
import { connect, isIP } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { db } from "../../db";
import { env } from "../../env";
import { pusherFor, triggerRefusal } from "../../realtime/pusher-server";
import { streamHub } from "../../realtime/stream-hub";
import type { ServiceCheckKindName } from "./schemas";
import { errorText, httpOutcome, keywordError, parseHostPort, statusFromThresholds, type KeywordModeName, type Outcome } from "./status";
import { eventLoopDelayP99 } from "./event-loop";

export type Probe = {
  kind: ServiceCheckKindName;
  target: string;
  expectedStatus: number | null;
  timeoutMs: number;
  keyword?: string | null;
  keywordMode?: KeywordModeName | null;
};
/** A measurement, with an HTTPS target's certificate expiry when it could be read (null otherwise). */
export type ProbeResult = Outcome & { certExpiresAt?: Date | null };

/** The most of a body a keyword check reads: a page longer than this is judged on its start. */
const BODY_LIMIT = 1_048_576;

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

/** Up to `limit` bytes of a body, decoded as UTF-8; the rest is not downloaded. */
async function readBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, limit).toString("utf8");
}

async function http(check: Probe): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(check.target, {
    method: "GET",
    redirect: "manual",
    cache: "no-store",
    headers: { "user-agent": "orbite-monitor" },
    signal: AbortSignal.timeout(check.timeoutMs),
  });
  const latencyMs = elapsed(started);
  const outcome = httpOutcome(check.expectedStatus ?? 200, response.status, latencyMs);
  if (outcome.status !== "UP" || !check.keyword) {
    await response.body?.cancel().catch(() => undefined);
    return outcome;
  }
  const body = await within(readBody(response.body, BODY_LIMIT), check.timeoutMs);
  const error = keywordError(body, check.keyword, check.keywordMode ?? "PRESENT");
  return error ? { status: "DOWN", latencyMs, error } : outcome;
}

/**
 * When an HTTPS target's certificate expires, read from its own TLS handshake
 * (the request itself does not expose the certificate). The certificate is
 * only read, never trusted: an expired or self-signed one still has a date.
 * Null when the target is not HTTPS or the handshake fails.
 */
function certificateExpiry(target: string, timeoutMs: number): Promise<Date | null> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return Promise.resolve(null);
  }
  if (url.protocol !== "https:") return Promise.resolve(null);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return new Promise((resolve) => {
    const socket = tlsConnect({
      host,
      port: Number(url.port || 443),
      // SNI names a host, never an address.
      servername: isIP(host) ? undefined : host,
      rejectUnauthorized: false,
      timeout: timeoutMs,
    });
    const done = (value: Date | null) => {
      socket.destroy();
      resolve(value);
    };
    socket.once("secureConnect", () => {
      const notAfter = socket.getPeerCertificate()?.valid_to;
      const date = notAfter ? new Date(notAfter) : null;
      done(date && !Number.isNaN(date.getTime()) ? date : null);
    });
    socket.once("timeout", () => done(null));
    socket.once("error", () => done(null));
  });
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
export async function probe(check: Probe): Promise<ProbeResult> {
  if (check.kind !== "HTTP") return measure(check);
  const [outcome, certExpiresAt] = await Promise.all([measure(check), certificateExpiry(check.target, check.timeoutMs)]);
  return { ...outcome, certExpiresAt };
}

async function measure(check: Probe): Promise<Outcome> {
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
        return await http(check);
      case "TCP":
        return await tcp(check.target, check.timeoutMs);
    }
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    return { status: "DOWN", latencyMs: null, error: timedOut ? `timed out after ${check.timeoutMs} ms` : errorText(error) };
  }
}
