"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { RealtimeEvent } from "@/lib/realtime/channels";
import { matchesEvent, type EventMatch } from "./event-match";
import { createRefreshScheduler } from "./refresh-scheduler";
import { useLiveEvents } from "./use-live-events";
import { useRefreshOnFocus } from "./use-refresh-on-focus";

export type LiveRefreshOptions = {
  /** Only events whose data matches (see `matchesEvent`). */
  match?: EventMatch;
  /** Hold refreshes (a drag, an optimistic move in flight); one held back runs once resumed. */
  paused?: boolean;
  /** Coalescing window of a burst of events. */
  delayMs?: number;
  /** Also re-read when the tab regains focus (default); one per page is enough. */
  onFocus?: boolean;
};

/**
 * Keeps a server-rendered page fresh: `router.refresh()` when one of `events` arrives on
 * `channel`, when the connection comes back (events may have been missed) and, as the fallback
 * when nothing arrives at all, when the tab regains focus. Refreshes are coalesced and held while
 * `paused`. Client state (selections, a form being typed in) survives a refresh.
 */
export function useLiveRefresh(
  channel: string | null,
  events: readonly RealtimeEvent[],
  { match, paused = false, delayMs, onFocus = true }: LiveRefreshOptions = {},
) {
  const router = useRouter();
  const [scheduler] = useState(() => createRefreshScheduler(() => router.refresh(), { delayMs }));
  useEffect(() => () => scheduler.cancel(), [scheduler]);
  useEffect(() => scheduler.setPaused(paused), [scheduler, paused]);

  useLiveEvents(
    channel,
    events,
    (_event, data) => {
      if (matchesEvent(data, match)) scheduler.request();
    },
    { onReconnect: () => scheduler.request() },
  );
  useRefreshOnFocus(() => router.refresh(), { paused: paused || !onFocus });
}
