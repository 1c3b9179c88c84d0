"use client";

import { useEffect, useRef } from "react";
import type { RealtimeEvent } from "@/lib/realtime/channels";
import { useRealtimeConfig } from "./realtime-provider";

export type RealtimeOptions = {
  /**
   * Called when the connection comes back after a drop, so a page can refetch what a replay may not
   * cover (Pusher keeps no history; the built-in stream replays a day of events).
   */
  onReconnect?: () => void;
};

/**
 * Subscribes to `events` on `channel` (null: nothing) while the component is mounted. One connection
 * per tab whatever the number of subscribers; the handlers always see the latest callbacks, so a
 * new function on every render does not resubscribe. Signed out, nothing connects.
 */
export function useRealtime(
  channel: string | null,
  events: readonly RealtimeEvent[],
  onEvent: (event: RealtimeEvent, data: Record<string, unknown>) => void,
  options?: RealtimeOptions,
): void {
  const config = useRealtimeConfig();
  const onEventRef = useRef(onEvent);
  const onReconnectRef = useRef(options?.onReconnect);
  const configRef = useRef(config);
  // Declared first, so it runs before the subscription below.
  useEffect(() => {
    onEventRef.current = onEvent;
    onReconnectRef.current = options?.onReconnect;
    configRef.current = config;
  });

  // The configuration's identity without its cursor (a newer render must not resubscribe), and the events as a key.
  const transportKey = config
    ? config.transport === "stream"
      ? "stream"
      : ["pusher", config.key, config.cluster, config.host, config.port, config.useTLS].join("|")
    : null;
  const eventsKey = [...new Set(events)].sort().join(",");

  useEffect(() => {
    const current = configRef.current;
    if (!current || !transportKey || !channel || !eventsKey) return;
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    // The realtime client (and pusher-js) load only on a page that subscribes.
    import("./client").then(
      ({ realtimeClient }) => {
        if (cancelled) return;
        unsubscribe = realtimeClient(current).subscribe({
          channel,
          events: new Set(eventsKey.split(",")),
          onEvent: (event, data) => onEventRef.current(event as RealtimeEvent, data),
          onReconnect: () => onReconnectRef.current?.(),
        });
      },
      // A chunk that failed to load (e.g. after a deploy): the page works, without live updates.
      (err: unknown) => console.error("realtime: could not load the client", err),
    );
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [transportKey, channel, eventsKey]);
}
