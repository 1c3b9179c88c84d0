import "server-only";
import { channels } from "../realtime/channels";
import { publish } from "../realtime/publish";
import { afterInvalidation, invalidateStatus } from "../status-page/cache";

/**
 * After a maintenance window's commit: the cached status page is dropped, then the public channel
 * says which window moved (the status page, the portals and LivePulse re-read). Nothing private rides along.
 */
export async function publishMaintenanceChange(window: { id: string }) {
  invalidateStatus();
  await afterInvalidation(() => publish(channels.status, "maintenance.updated", { id: window.id }));
}
