"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * Keeps a server-rendered page fresh while nothing pushes changes to it: re-reads it when the window
 * regains focus or the tab becomes visible again, and every `intervalMs` while the tab is visible.
 * Nothing happens while `paused` (e.g. during a drag or an unsaved move). The realtime module will
 * replace this hook: it is the only place that decides when the board re-reads.
 */
export function useRefreshOnFocus({ paused = false, intervalMs = 30_000 }: { paused?: boolean; intervalMs?: number } = {}) {
  const router = useRouter();
  const pausedRef = useRef(paused);
  useEffect(() => {
    pausedRef.current = paused;
  }, [paused]);

  useEffect(() => {
    let last = Date.now();
    const refresh = () => {
      // Focus and visibility events come in pairs when a tab is brought back: refresh once.
      if (pausedRef.current || document.visibilityState !== "visible" || Date.now() - last < 2_000) return;
      last = Date.now();
      router.refresh();
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") refresh();
    };
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", onVisibility);
    const timer = window.setInterval(refresh, intervalMs);
    return () => {
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", onVisibility);
      window.clearInterval(timer);
    };
  }, [router, intervalMs]);
}
