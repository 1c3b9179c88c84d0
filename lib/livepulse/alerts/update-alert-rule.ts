import "server-only";
import { type Actor } from "../../auth/roles";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { publishAlertChange } from "./events";
import { openAlertStatuses, type AlertRule } from "./schemas";
import { writeAudit } from "../../audit";
import { assertChannels, assertMonitor } from "./create-alert-rule";

/** Replaces a rule; disabling it resolves its open alert, which nobody watches any more. */
export async function updateAlertRule(actor: Actor, id: string, input: AlertRule) {
  assertCan(actor, "livepulse:manage");
  const rule = await db.$transaction(async (tx) => {
    const before = await tx.alertRule.findUnique({ where: { id }, include: { channels: { select: { id: true } } } });
    if (!before) throw new AppError("NOT_FOUND", "This alert rule does not exist.");
    const { channelIds, ...fields } = input;
    await assertMonitor(tx, input.serviceCheckId);
    await assertChannels(tx, channelIds);
    // A renamed default rule keeps the name it was given, in every language.
    const after = await tx.alertRule.update({
      where: { id },
      data: {
        ...fields,
        ...(input.name !== before.name ? { nameKey: null } : {}),
        channels: { set: channelIds.map((channelId) => ({ id: channelId })) },
      },
      include: { channels: { select: { id: true } } },
    });
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
