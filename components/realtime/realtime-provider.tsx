"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { RealtimeClientConfig } from "@/lib/realtime/client-config";

const RealtimeContext = createContext<RealtimeClientConfig | null>(null);

/**
 * Hands `useRealtime` the transport configuration the server chose (null when signed out: nothing
 * connects). It only holds a value: the client code loads on the first subscription.
 */
export function RealtimeProvider({ config, children }: { config: RealtimeClientConfig | null; children: ReactNode }) {
  return <RealtimeContext value={config}>{children}</RealtimeContext>;
}

export function useRealtimeConfig(): RealtimeClientConfig | null {
  return useContext(RealtimeContext);
}
