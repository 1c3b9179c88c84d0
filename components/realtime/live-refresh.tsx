"use client";

import type { RealtimeEvent } from "@/lib/realtime/channels";
import type { EventMatch } from "./event-match";
import { useLiveRefresh } from "./use-live-refresh";

/**
 * A server page's live updates, placed anywhere in it: re-reads the page when `events` arrive on
 * `channel` (matching `match`), on reconnect and on focus. Renders nothing.
 */
export function LiveRefresh({
  channel,
  events,
  match,
  onFocus = true,
}: {
  channel: string;
  events: RealtimeEvent[];
  match?: EventMatch;
  /** Set false on all but one of a page's LiveRefresh, so a returning tab re-reads once. */
  onFocus?: boolean;
}) {
  useLiveRefresh(channel, events, { match, onFocus });
  return null;
}
