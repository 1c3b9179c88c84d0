import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db, type Tx } from "../../db";
import { AppError } from "../../errors";
import { publishAlertChange } from "./publish";
import { openAlertStatuses, type AlertRule } from "./schemas";
import { canEvaluate } from "./values";

async function assertMonitor(tx: Tx, serviceCheckId: string | null) {
  if (!serviceCheckId) return;
  const check = await tx.serviceCheck.findUnique({ where: { id: serviceCheckId }, select: { id: true } });
  if (!check) throw new AppError("VALIDATION", "This monitor does not exist.", { serviceCheckId: ["invalid"] });
}

/** Every rule with what it watches, its latest value and whether an alert of it is open. */
export async function listAlertRules(actor: Actor) {
  assertCan(actor, "livepulse:read");
  const rules = await db.alertRule.findMany({
    orderBy: [{ enabled: "desc" }, { name: "asc" }],
    include: {
      serviceCheck: { select: { id: true, name: true } },
      alerts: { where: { status: { in: [...openAlertStatuses] } }, select: { id: true, status: true }, take: 1 },
    },
  });
  return rules.map(({ alerts, ...rule }) => ({ ...rule, open: alerts[0] ?? null, evaluable: canEvaluate(rule.metric) }));
}

export async function createAlertRule(actor: Actor, input: AlertRule) {
  assertCan(actor, "livepulse:manage");
  const rule = await db.$transaction(async (tx) => {
    await assertMonitor(tx, input.serviceCheckId);
    const created = await tx.alertRule.create({ data: { ...input, createdById: actor.id } });
    await writeAudit(tx, { actorId: actor.id, action: "alertRule.create", entity: "AlertRule", entityId: created.id, after: created });
    return created;
  });
  await publishAlertChange({ ruleId: rule.id });
  return rule;
}

/** Replaces a rule; disabling it resolves its open alert, which nobody watches any more. */
export async function updateAlertRule(actor: Actor, id: string, input: AlertRule) {
  assertCan(actor, "livepulse:manage");
  const rule = await db.$transaction(async (tx) => {
    const before = await tx.alertRule.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "This alert rule does not exist.");
    await assertMonitor(tx, input.serviceCheckId);
    const after = await tx.alertRule.update({ where: { id }, data: input });
    if (!after.enabled) {
      await tx.alert.updateMany({
        where: { ruleId: id, status: { in: [...openAlertStatuses] } },
        data: { status: "RESOLVED", resolvedAt: new Date() },
      });
    }
    await writeAudit(tx, { actorId: actor.id, action: "alertRule.update", entity: "AlertRule", entityId: id, before, after });
    return after;
  });
  await publishAlertChange({ ruleId: rule.id });
  return rule;
}

/** Deletes a rule and the alerts it raised. */
export async function deleteAlertRule(actor: Actor, id: string) {
  assertCan(actor, "livepulse:manage");
  await db.$transaction(async (tx) => {
    const before = await tx.alertRule.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "This alert rule does not exist.");
    await tx.alertRule.delete({ where: { id } });
    await writeAudit(tx, { actorId: actor.id, action: "alertRule.delete", entity: "AlertRule", entityId: id, before });
  });
  await publishAlertChange({ ruleId: id });
  return { id };
}
