import "server-only";
import { writeAudit } from "../../audit";
import { can } from "../../auth/permissions";
import { roles, type Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db, type Tx } from "../../db";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client.ts";
import { logger } from "../../logger";
import { notify, type PendingNotification } from "../../notifications/notify";
import { facts } from "../../notifications/titles";
import { breaks, decide, formatValue } from "./evaluate";
import { firingCount, publishAlertChange } from "./publish";
import { openAlertStatuses, type AlertListQuery, type AlertMetricName } from "./schemas";
import { ruleValue } from "./values";

const symbols = { GT: ">", GTE: "≥", LT: "<", LTE: "≤" } as const;

/** Alerts, newest first: the open ones by default, or one status, or all. */
export async function listAlerts(actor: Actor, query: AlertListQuery) {
  assertCan(actor, "livepulse:read");
  const where: Prisma.AlertWhereInput =
    query.status === "all" ? {} : query.status === "open" ? { status: { in: [...openAlertStatuses] } } : { status: query.status };
  const [items, total] = await Promise.all([
    db.alert.findMany({
      where,
      orderBy: [{ firedAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: {
        rule: { select: { id: true, name: true, metric: true, comparator: true, threshold: true, windowMinutes: true } },
        acknowledgedBy: { select: { id: true, name: true } },
      },
    }),
    db.alert.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The badge's count: firing alerts nobody has acknowledged yet. */
export async function firingAlerts(actor: Actor): Promise<number> {
  assertCan(actor, "livepulse:read");
  return firingCount();
}

/** Someone takes an alert in hand: who and when are recorded; it resolves by itself once its condition clears. */
export async function acknowledgeAlert(actor: Actor, id: string) {
  assertCan(actor, "livepulse:acknowledge");
  const alert = await db.$transaction(async (tx) => {
    const before = await tx.alert.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "This alert does not exist.");
    if (before.status === "RESOLVED") throw new AppError("CONFLICT", "This alert is already resolved.");
    if (before.status === "ACKNOWLEDGED") return before;
    // The status in the WHERE: an evaluation resolving it meanwhile wins.
    const { count } = await tx.alert.updateMany({
      where: { id, status: "FIRING" },
      data: { status: "ACKNOWLEDGED", acknowledgedAt: new Date(), acknowledgedById: actor.id },
    });
    if (count === 0) throw new AppError("CONFLICT", "This alert changed meanwhile: reload it.");
    const after = await tx.alert.findUniqueOrThrow({ where: { id } });
    await writeAudit(tx, { actorId: actor.id, action: "alert.acknowledge", entity: "Alert", entityId: id, before, after });
    return after;
  });
  await publishAlertChange({ alertId: alert.id, ruleId: alert.ruleId });
  return alert;
}

/** Staff told of a firing alert: those who may acknowledge it. */
async function alertRecipients(tx: Tx): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: { disabled: false, role: { in: roles.filter((role) => can(role, "livepulse:acknowledge")) } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

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
  let recipients: string[] | null = null;
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
    let notifications: PendingNotification[] = [];
    const outcome = await db.$transaction(async (tx) => {
      const open = await tx.alert.findFirst({ where: { ruleId: rule.id, status: { in: [...openAlertStatuses] } } });
      const decision = decide(broken, open);
      await tx.alertRule.update({ where: { id: rule.id }, data: { lastValue: value, lastEvaluatedAt: now } });
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
        recipients ??= await alertRecipients(tx);
        notifications = await notify(tx, recipients, {
          type: "ALERT_FIRING",
          title: facts(rule.name, `${formatValue(value!)} ${symbols[rule.comparator]} ${formatValue(rule.threshold)}`),
          body: rule.severity,
          link: "/livepulse/alerts",
        });
        return { decision, alertId: alert.id };
      }
      if (decision === "resolve" && open) {
        await tx.alert.update({ where: { id: open.id }, data: { status: "RESOLVED", resolvedAt: now } });
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
