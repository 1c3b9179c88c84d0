import "server-only";
import { breaks, decide, formatValue } from "./evaluate";
import { ruleValue } from "./values";
import { db } from "../../db";
import { builtinNameFact, facts } from "../../notifications/titles";
import { publishAlertChange } from "./events";
import { logger } from "../../logger";
import { type PendingNotification } from "../../notifications/notify";
import { openAlertStatuses, type AlertMetricName } from "./schemas";
import { writeAudit } from "../../audit";
import { activeMaintenanceFor } from "../../maintenance/queries";
import { suppressAlert } from "../../maintenance/suppress-alert";
import { queueAlertDeliveries } from "../channels/queue-deliveries";
import { announceFiring } from "./announce";

const symbols = { GT: ">", GTE: "≥", LT: "<", LTE: "≤" } as const;

/**
 * Evaluates every enabled rule at `now`: a broken rule without an open alert
 * fires one (and tells staff), an open alert whose condition cleared
 * resolves, the rule keeps its latest value. Runs on one instance (a job of
 * the leader); rules whose metric nothing measures are left alone.
 */
export async function evaluateAlerts(now = new Date()): Promise<{ fired: number; resolved: number }> {
  const rules = await db.alertRule.findMany({ where: { enabled: true } });
  let fired = 0;
  let resolved = 0;
  for (const rule of rules) {
    let value: number | null;
    try {
      value = await ruleValue(rule.metric as AlertMetricName, rule, now);
    } catch (error) {
      logger.warn({ err: error, ruleId: rule.id }, "alert rule could not be evaluated");
      continue;
    }
    if (value === null) continue;
    const broken = breaks(value, rule.comparator, rule.threshold);
    // A maintenance window on the rule's monitor turns what would fire into a suppressed alert.
    const maintenance = broken && rule.serviceCheckId ? await activeMaintenanceFor([rule.serviceCheckId], now) : null;
    let notifications: PendingNotification[] = [];
    const outcome = await db.$transaction(async (tx) => {
      const open = await tx.alert.findFirst({ where: { ruleId: rule.id, status: { in: [...openAlertStatuses] } } });
      const decision = decide(broken, open);
      await tx.alertRule.update({ where: { id: rule.id }, data: { lastValue: value, lastEvaluatedAt: now } });
      if (decision === "fire" && maintenance) return suppressAlert(tx, rule, value!, now, maintenance);
      if (decision === "fire") {
        const alert = await tx.alert.create({
          data: {
            ruleId: rule.id,
            severity: rule.severity,
            value: value!,
            firedAt: now,
            message: `${rule.metric} ${formatValue(value!)} ${symbols[rule.comparator]} ${formatValue(rule.threshold)} · ${rule.windowMinutes} min`,
          },
        });
        await writeAudit(tx, { actorId: null, action: "alert.fire", entity: "Alert", entityId: alert.id, after: alert });
        // Staff notified; the rule's channels (email, webhooks, chat) through the alert outbox, delivered by the jobs' leader.
        notifications = await announceFiring(
          tx,
          alert,
          rule,
          facts(
            rule.nameKey ? builtinNameFact(rule.nameKey) : rule.name,
            `${formatValue(value!)} ${symbols[rule.comparator]} ${formatValue(rule.threshold)}`,
          ),
        );
        return { decision, alertId: alert.id };
      }
      if (decision === "resolve" && open) {
        const resolvedAlert = await tx.alert.update({ where: { id: open.id }, data: { status: "RESOLVED", resolvedAt: now } });
        await queueAlertDeliveries(tx, rule, resolvedAlert, "RESOLVED");
        await writeAudit(tx, { actorId: null, action: "alert.resolve", entity: "Alert", entityId: open.id, after: { value } });
        return { decision, alertId: open.id };
      }
      return { decision, alertId: open?.id ?? null };
    });
    if (outcome.decision === "fire") fired += 1;
    if (outcome.decision === "resolve") resolved += 1;
    if (outcome.decision === "fire" || outcome.decision === "resolve") {
      await publishAlertChange({ alertId: outcome.alertId ?? undefined, ruleId: rule.id, notifications });
    }
  }
  if (fired || resolved) logger.info({ fired, resolved }, "alerts evaluated");
  return { fired, resolved };
}
