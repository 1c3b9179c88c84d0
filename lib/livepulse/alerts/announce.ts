import "server-only";
import { roles } from "../../auth/roles";
import { can } from "../../auth/permissions";
import type { Tx } from "../../db";
import { notify, type PendingNotification } from "../../notifications/notify";
import { queueAlertDeliveries } from "../channels/queue-deliveries";
import type { PayloadAlert, PayloadRule } from "../channels/payload";

/** Staff told of a firing alert: those who may acknowledge it. */
async function alertRecipients(tx: Tx): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: { disabled: false, role: { in: roles.filter((role) => can(role, "livepulse:acknowledge")) } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/**
 * A new firing alert, told inside its transaction: a notification to staff (`title`: its facts) and
 * one delivery per channel in the alert outbox. Returns the notifications to publish after commit.
 */
export async function announceFiring(
  tx: Tx,
  alert: PayloadAlert,
  rule: (PayloadRule & { nameKey: string | null }) | null,
  title: string,
): Promise<PendingNotification[]> {
  const notifications = await notify(tx, await alertRecipients(tx), {
    type: "ALERT_FIRING",
    title,
    body: alert.severity,
    link: "/livepulse/alerts",
  });
  await queueAlertDeliveries(tx, rule, alert, "FIRED");
  return notifications;
}
