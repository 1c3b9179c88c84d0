"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False while the server's HTML is hydrated, true once the component reacts to input. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
