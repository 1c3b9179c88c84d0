import "server-only";
import { channels } from "../../realtime/channels";
import { type PendingNotification } from "../../notifications/notify";
import { publishAll } from "../../realtime/publish-all";
import { publishNotifications } from "../../notifications/events";
import { firingCount } from "./queries";

/**
 * After an alert or a rule changed (committed): LivePulse pages re-read, the
 * navigation's badge takes the new count it carries, notifications reach their users.
 */
export async function publishAlertChange(change: { alertId?: string; ruleId?: string; notifications?: readonly PendingNotification[] }) {
  const firing = await firingCount().catch(() => null);
  await Promise.all([
    publishNotifications(change.notifications ?? []),
    publishAll([
      { channel: channels.livepulse, event: "alert.updated", data: { id: change.alertId ?? null, ruleId: change.ruleId ?? null, firing } },
    ]),
  ]);
}
