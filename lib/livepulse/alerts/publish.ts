import "server-only";
import { db } from "../../db";
import { publishAll } from "../../realtime/publish-all";
import { publishNotifications } from "../../notifications/events";
import { type PendingNotification } from "../../notifications/notify";
import { channels } from "../../realtime/channels";

/** Alerts waiting for someone: the badge on "Live Pulse" counts them. */
export function firingCount(): Promise<number> {
  return db.alert.count({ where: { status: "FIRING" } });
}

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
