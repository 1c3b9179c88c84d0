"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import { useRealtime } from "@/components/realtime/use-realtime";
import type { RealtimeEvent } from "@/lib/realtime/channels";

type Handler = (event: RealtimeEvent, data: Record<string, unknown>) => void;
type Options = { onReconnect?: () => void };

/**
 * Subscribes to `events` on `channel` (null: nothing) with handlers that may change on every
 * render: the subscription itself stays put. `onReconnect` also runs when the browser comes
 * back online, since events sent while it was away are lost: the caller re-reads then.
 */
export function useLiveEvents(channel: string | null, events: readonly RealtimeEvent[], onEvent: Handler, { onReconnect }: Options = {}) {
  const latest = useRef({ onEvent, onReconnect });
  useEffect(() => {
    latest.current = { onEvent, onReconnect };
  });

  const key = events.join(",");
  const stableEvents = useMemo(() => key.split(",").filter(Boolean) as RealtimeEvent[], [key]);
  const handle = useCallback<Handler>((event, data) => latest.current.onEvent(event, data), []);
  const reconnected = useCallback(() => latest.current.onReconnect?.(), []);
  const options = useMemo(() => ({ onReconnect: reconnected }), [reconnected]);

  useRealtime(channel, stableEvents, handle, options);

  useEffect(() => {
    window.addEventListener("online", reconnected);
    return () => window.removeEventListener("online", reconnected);
  }, [reconnected]);
}
