import "server-only";
import { writeAudit } from "../audit";
import type { Tx } from "../db";
import type { AlertComparator, AlertSeverity } from "../generated/prisma/enums.ts";
import { formatValue } from "../livepulse/alerts/evaluate";
import type { Occurrence } from "./recurrence";

const symbols: Record<AlertComparator, string> = { GT: ">", GTE: "≥", LT: "<", LTE: "≤" };

type SuppressedRule = {
  id: string;
  metric: string;
  comparator: AlertComparator;
  threshold: number;
  windowMinutes: number;
  severity: AlertSeverity;
};

/**
 * What an alert that would fire during a maintenance window of its monitor becomes: a SUPPRESSED
 * alert naming the window, with no notification and no email. One per rule and occurrence: while
 * the occurrence lasts, later evaluations only refresh its value.
 */
export async function suppressAlert(
  tx: Tx,
  rule: SuppressedRule,
  value: number,
  now: Date,
  maintenance: { id: string; occurrence: Occurrence },
) {
  const existing = await tx.alert.findFirst({
    where: { ruleId: rule.id, status: "SUPPRESSED", maintenanceId: maintenance.id, firedAt: { gte: maintenance.occurrence.start } },
    select: { id: true },
  });
  if (existing) {
    await tx.alert.update({ where: { id: existing.id }, data: { value } });
    return { decision: "suppressed" as const, alertId: existing.id };
  }
  const alert = await tx.alert.create({
    data: {
      ruleId: rule.id,
      status: "SUPPRESSED",
      severity: rule.severity,
      value,
      firedAt: now,
      maintenanceId: maintenance.id,
      message: `${rule.metric} ${formatValue(value)} ${symbols[rule.comparator]} ${formatValue(rule.threshold)} · ${rule.windowMinutes} min`,
    },
  });
  await writeAudit(tx, { actorId: null, action: "alert.suppress", entity: "Alert", entityId: alert.id, after: alert });
  return { decision: "suppressed" as const, alertId: alert.id };
}
