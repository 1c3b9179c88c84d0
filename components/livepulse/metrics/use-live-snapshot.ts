"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useLiveEvents } from "@/components/realtime/use-live-events";
import type { MetricsSnapshot } from "@/lib/livepulse/metrics/snapshot";
import { channels } from "@/lib/realtime/channels";

/** Several instances may announce new figures at once: one read per this many ms at most. */
const MIN_GAP_MS = 2_000;
/** Without any event the windows still move on: re-read each minute. */
const EVERY_MS = 60_000;

/** The realtime figures, re-read from the API when an instance flushed new ones. */
export function useLiveSnapshot(initial: MetricsSnapshot) {
  const [snapshot, setSnapshot] = useState(initial);
  const [failed, setFailed] = useState(false);
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = useCallback(async () => {
    last.current = Date.now();
    try {
      const response = await fetch("/api/livepulse/metrics/realtime", { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      setSnapshot((await response.json()) as MetricsSnapshot);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);

  const schedule = useCallback(() => {
    if (timer.current) return;
    const wait = Math.max(0, last.current + MIN_GAP_MS - Date.now());
    timer.current = setTimeout(() => {
      timer.current = null;
      void load();
    }, wait);
  }, [load]);

  useLiveEvents(channels.livepulse, ["metrics.updated"], schedule, { onReconnect: schedule });

  useEffect(() => {
    const interval = setInterval(schedule, EVERY_MS);
    return () => {
      clearInterval(interval);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [schedule]);

  return { snapshot, failed };
}
