"use client";

import { useCallback, useSyncExternalStore } from "react";

/** One clock for every relative time on the page, ticking every 30 seconds while someone reads it. */
let now = 0;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(tick, 30_000);
    now = Date.now();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * The current time in milliseconds. While the page hydrates it is the server's `serverNow`, so
 * "5 minutes ago" reads the same on both sides; then the browser's clock takes over.
 */
export function useNow(serverNow: string): number {
  const server = useCallback(() => Date.parse(serverNow), [serverNow]);
  const client = useCallback(() => now || Date.parse(serverNow), [serverNow]);
  return useSyncExternalStore(subscribe, client, server);
}
