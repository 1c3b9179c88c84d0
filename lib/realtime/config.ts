import "server-only";
import type { SessionUser } from "../auth/session";
import { env } from "../env";
import { logger } from "../logger";
import type { RealtimeClientConfig } from "./client-config";
import { streamHub } from "./stream-hub";

/**
 * The transport configuration the root layout hands the browser: null when signed out (no
 * connection), the public Pusher settings, or the built-in stream with its starting cursor.
 */
export async function realtimeClientConfig(user: SessionUser | null): Promise<RealtimeClientConfig | null> {
  return user ? transportClientConfig() : null;
}

/**
 * The transport configuration for anyone, signed in or not: the public status page hands it to its
 * visitors, who may join its public channel only. `live`: the built-in stream starts with what is
 * published from now on (for a page served from cache, rendered some time ago), without reading
 * the latest event.
 */
export async function transportClientConfig({ live = false }: { live?: boolean } = {}): Promise<RealtimeClientConfig> {
  const settings = env.realtime;
  if (settings.transport === "pusher") {
    const { key, cluster, host, port, useTLS } = settings.pusher;
    return host ? { transport: "pusher", key, host, port, useTLS } : { transport: "pusher", key, cluster, useTLS };
  }
  if (live) return { transport: "stream", cursor: "" };
  try {
    return { transport: "stream", cursor: await streamHub().latestId() };
  } catch (err) {
    // A page still renders when the events table cannot be read; the stream then starts live.
    logger.warn({ err }, "realtime: could not read the latest event id");
    return { transport: "stream", cursor: "" };
  }
}
