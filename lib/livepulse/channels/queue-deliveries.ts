import "server-only";
import type { Tx } from "../../db";
import { alertsLink, deliveryBody, ruleDisplayName } from "./body";
import type { PayloadAlert, PayloadRule } from "./payload";

/**
 * Writes the alert outbox's rows for an alert that fired or resolved: one delivery per enabled
 * channel of its rule (an alert raised without a rule goes to every enabled channel), inside the caller's transaction, so they exist if and only if the alert's
 * change commits. The jobs' leader sends them afterwards (deliver-alerts.ts): a slow or failing
 * channel never holds the evaluation up. EMAIL channels tell of firing alerts only, as the alert
 * emails always did. Returns how many were queued.
 */
export async function queueAlertDeliveries(
  tx: Tx,
  rule: (PayloadRule & { nameKey: string | null }) | null,
  alert: PayloadAlert,
  event: "FIRED" | "RESOLVED",
): Promise<number> {
  const channels = await tx.alertChannel.findMany({
    where: {
      enabled: true,
      ...(rule ? { rules: { some: { id: rule.id } } } : {}),
      ...(event === "RESOLVED" ? { kind: { not: "EMAIL" } } : {}),
    },
    select: { id: true, kind: true },
    orderBy: { id: "asc" },
  });
  if (!channels.length) return 0;
  const shown = { event, rule: rule && { ...rule, name: await ruleDisplayName(rule) }, alert, link: alertsLink() };
  const bodies = new Map<string, string>();
  for (const kind of new Set(channels.map((c) => c.kind))) {
    // An email names the rule as stored: a default rule's key is translated in each reader's language.
    bodies.set(kind, kind === "EMAIL" ? await deliveryBody(kind, { ...shown, rule }, rule?.nameKey) : await deliveryBody(kind, shown));
  }
  const { count } = await tx.alertDelivery.createMany({
    data: channels.map((channel) => ({ channelId: channel.id, alertId: alert.id, event, body: bodies.get(channel.kind)! })),
  });
  return count;
}
