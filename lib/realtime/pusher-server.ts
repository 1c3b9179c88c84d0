import "server-only";
import Pusher from "pusher";
import type { PusherSettings } from "../env";

/** A server-side Pusher client (hosted Pusher by cluster, or a self-hosted server such as soketi by host). */
export function createPusher(settings: PusherSettings): Pusher {
  const base = {
    appId: settings.appId,
    key: settings.key,
    secret: settings.secret,
    useTLS: settings.useTLS,
    // Aborts the HTTP call: an unreachable server must not hold the request that published.
    timeout: settings.timeoutMs,
  };
  return settings.host
    ? new Pusher({ ...base, host: settings.host, port: settings.port ? String(settings.port) : undefined })
    : new Pusher({ ...base, cluster: settings.cluster ?? "mt1" });
}

/**
 * What the server answered to a trigger, as an error message, or null when it took the event.
 * soketi answers a wrongly signed trigger with HTTP 200 and `{"code":401}` (hosted Pusher would
 * answer 401): the SDK resolves, so the body has to be read.
 */
export function triggerRefusal(body: string): string | null {
  if (!body.trim()) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== "object") return null;
  const { code, error } = parsed as { code?: unknown; error?: unknown };
  if (typeof code === "number" && code >= 400) return `refused with code ${code}${typeof error === "string" ? `: ${error}` : ""}`;
  if (typeof error === "string" && error) return `refused: ${error}`;
  return null;
}

/** Triggers one event; throws when the server is unreachable, too slow, or refuses it. */
export async function triggerEvent(pusher: Pusher, channel: string, event: string, data: unknown): Promise<void> {
  const response = await pusher.trigger(channel, event, data);
  const refusal = triggerRefusal(await response.text());
  if (refusal) throw new Error(`The Pusher server ${refusal}`);
}

// One client per process, shared by every bundle that imports this module.
const globalForPusher = globalThis as unknown as { __realtimePusher?: { settings: PusherSettings; client: Pusher } };

export function pusherFor(settings: PusherSettings): Pusher {
  const cached = globalForPusher.__realtimePusher;
  if (cached?.settings === settings) return cached.client;
  const client = createPusher(settings);
  globalForPusher.__realtimePusher = { settings, client };
  return client;
}
