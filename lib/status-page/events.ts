import "server-only";
import { channels, type RealtimeEvent } from "../realtime/channels";
import { publish } from "../realtime/publish";
import { afterInvalidation, invalidateStatus } from "./cache";

/**
 * After a commit that changes what the status page shows: the cached page is dropped, then the
 * public channel says what moved (the status page, the portals and LivePulse re-read). `at` is the
 * time after the commit: a status page read from a snapshot taken before it is not yet fresh, and
 * the browser asks again (a page served from cache may be answered once more as it was while it is
 * rendered again, and other instances re-read only after the page's `revalidate`). Nothing private
 * rides along.
 */
async function publishStatusEvent(event: RealtimeEvent, data: Record<string, string>) {
  invalidateStatus();
  const at = new Date().toISOString();
  await afterInvalidation(() => publish(channels.status, event, { ...data, at }));
}

/** An incident was declared, updated or resolved. */
export function publishIncidentChange(incident: { id: string; state: string }) {
  return publishStatusEvent("incident.updated", { id: incident.id, state: incident.state });
}

/** A publication changed: the status page shows, renames or hides a service. */
export function publishStatusChange() {
  return publishStatusEvent("status.updated", {});
}

/** A maintenance window was scheduled, changed or cancelled. */
export function publishMaintenanceChange(window: { id: string }) {
  return publishStatusEvent("maintenance.updated", { id: window.id });
}
