import "server-only";
import { type Actor } from "../../auth/roles";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/session";
import { db, type Tx } from "../../db";
import { publishAlertChange } from "./events";
import { type AlertRule } from "./schemas";
import { writeAudit } from "../../audit";

/** Refuses a rule that watches a monitor which does not exist. */
export async function assertMonitor(tx: Tx, serviceCheckId: string | null) {
  if (!serviceCheckId) return;
  const check = await tx.serviceCheck.findUnique({ where: { id: serviceCheckId }, select: { id: true } });
  if (!check) throw new AppError("VALIDATION", "This monitor does not exist.", { serviceCheckId: ["invalid"] });
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
