"use client";

import { useEffect, useRef } from "react";

/**
 * Runs `refresh` when the window regains focus or the tab becomes visible again (once for the
 * pair a returning tab fires), and every `intervalMs` while visible when given. Nothing happens
 * while `paused` (e.g. during a drag or an unsaved move). It is the fallback of live pages: what
 * changed while no event could arrive (a sleeping laptop, a closed connection) shows up on return.
 */
export function useRefreshOnFocus(refresh: () => void, { paused = false, intervalMs }: { paused?: boolean; intervalMs?: number } = {}) {
  const latest = useRef({ refresh, paused });
  useEffect(() => {
    latest.current = { refresh, paused };
  });

  useEffect(() => {
    let last = Date.now();
    const run = () => {
      if (latest.current.paused || document.visibilityState !== "visible" || Date.now() - last < 2_000) return;
      last = Date.now();
      latest.current.refresh();
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") run();
    };
    window.addEventListener("focus", run);
    document.addEventListener("visibilitychange", onVisibility);
    const timer = intervalMs ? window.setInterval(run, intervalMs) : undefined;
    return () => {
      window.removeEventListener("focus", run);
      document.removeEventListener("visibilitychange", onVisibility);
      if (timer) window.clearInterval(timer);
    };
  }, [intervalMs]);
}
