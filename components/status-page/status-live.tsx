"use client";

import { useViewer } from "@/components/public/viewer";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import type { RealtimeClientConfig } from "@/lib/realtime/client-config";
import { channels } from "@/lib/realtime/channels";

/**
 * Re-reads the status page when an incident, a maintenance window or a publication changes. Once
 * the browser knows who is there: a signed-in visitor's connection is the header's; one who is not
 * signed in gets the transport configuration here, for the public channel only.
 */
export function StatusLive({ config }: { config: RealtimeClientConfig }) {
  const viewer = useViewer();
  if (viewer === undefined) return null;
  const live = <LiveRefresh channel={channels.status} events={["incident.updated", "status.updated", "maintenance.updated"]} />;
  return viewer ? live : <RealtimeProvider config={config}>{live}</RealtimeProvider>;
}
