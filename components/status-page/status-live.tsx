"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useViewer } from "@/components/public/viewer";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { useLiveEvents } from "@/components/realtime/use-live-events";
import { useRefreshOnFocus } from "@/components/realtime/use-refresh-on-focus";
import type { RealtimeClientConfig } from "@/lib/realtime/client-config";
import { channels, type RealtimeEvent } from "@/lib/realtime/channels";

const statusEvents: RealtimeEvent[] = ["incident.updated", "status.updated", "maintenance.updated"];
/** How often a stale copy is asked for again, and for how long: past the page's `revalidate` on every instance. */
const retryMs = 1_000;
const giveUpMs = 45_000;

/**
 * Keeps the status page true while it is open. Once the browser knows who is there: a signed-in
 * visitor's connection is the header's; one who is not signed in gets the transport configuration
 * here, for the public channel only.
 */
export function StatusLive({ config, generatedAt }: { config: RealtimeClientConfig; generatedAt: string }) {
  const viewer = useViewer();
  if (viewer === undefined) return null;
  const live = <FreshStatus generatedAt={generatedAt} />;
  return viewer ? live : <RealtimeProvider config={config}>{live}</RealtimeProvider>;
}

/**
 * Re-reads the page when a change is announced, and again until the page shown was read after it:
 * each event carries the time after its commit (`at`) and the page the time of its snapshot. A
 * cached page may be answered once more as it was while it is rendered again, or come from an
 * instance that has not dropped it yet.
 */
function FreshStatus({ generatedAt }: { generatedAt: string }) {
  const router = useRouter();
  const [wanted, setWanted] = useState<{ at: string; since: number } | null>(null);

  useLiveEvents(
    channels.status,
    statusEvents,
    (_event, data) => {
      const at = typeof (data as { at?: unknown })?.at === "string" ? (data as { at: string }).at : new Date().toISOString();
      setWanted((current) => (current && current.at >= at ? current : { at, since: Date.now() }));
    },
    { onReconnect: () => router.refresh() },
  );
  useRefreshOnFocus(() => router.refresh());

  const stale = wanted !== null && generatedAt < wanted.at;
  useEffect(() => {
    if (!stale || !wanted) return;
    router.refresh();
    const timer = window.setInterval(() => {
      if (Date.now() - wanted.since > giveUpMs) window.clearInterval(timer);
      else router.refresh();
    }, retryMs);
    return () => window.clearInterval(timer);
  }, [stale, wanted, router]);
  return null;
}
