"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { useRealtime } from "@/components/realtime/use-realtime";
import type { RealtimeEvent } from "@/lib/realtime/channels";

/**
 * Re-renders the page when one of `events` arrives on `channel` (for `id`
 * only, when given). Pages read through the scoped services again, so an
 * event needs to carry nothing but ids. Bursts collapse into one refresh.
 */
export function LiveRefresh({ channel, events, id }: { channel: string; events: readonly RealtimeEvent[]; id?: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refresh = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => router.refresh(), 150);
  }, [router]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  useRealtime(
    channel,
    events,
    (_event, data) => {
      if (id && data.id !== id && data.ticketId !== id) return;
      refresh();
    },
    // Back after a drop: what was missed may not all be replayed (Pusher keeps no history).
    { onReconnect: refresh },
  );
  return null;
}
