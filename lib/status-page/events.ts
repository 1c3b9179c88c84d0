import "server-only";
import { channels } from "../realtime/channels";
import { publish } from "../realtime/publish";
import { afterInvalidation, invalidateStatus } from "./cache";

/**
 * After an incident's commit: the cached status page is dropped, then the public channel says which
 * incident moved (the status page, the portals and LivePulse re-read). Nothing private rides along.
 */
export async function publishIncidentChange(incident: { id: string; state: string }) {
  invalidateStatus();
  await afterInvalidation(() => publish(channels.status, "incident.updated", { id: incident.id, state: incident.state }));
}

/** After a publication's commit: the status page shows, renames or hides a service. */
export async function publishStatusChange() {
  invalidateStatus();
  await afterInvalidation(() => publish(channels.status, "status.updated", {}));
}
