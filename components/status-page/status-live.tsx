"use client";

import { LiveRefresh } from "@/components/realtime/live-refresh";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import type { RealtimeClientConfig } from "@/lib/realtime/client-config";
import { channels } from "@/lib/realtime/channels";

/**
 * Re-reads the status page when an incident, a maintenance window or a publication changes. A visitor who is not signed in
 * gets the transport configuration here (the root layout hands none out): the public channel only.
 */
export function StatusLive({ config }: { config: RealtimeClientConfig | null }) {
  const live = <LiveRefresh channel={channels.status} events={["incident.updated", "status.updated", "maintenance.updated"]} />;
  return config ? <RealtimeProvider config={config}>{live}</RealtimeProvider> : live;
}
