import "server-only";
import { type Actor } from "../../auth/roles";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/session";
import { db, type Tx } from "../../db";
import { publishAlertChange } from "./events";
import { type AlertRule } from "./schemas";
import { writeAudit } from "../../audit";

/** Refuses channels that do not exist. */
export async function assertChannels(tx: Tx, channelIds: string[]) {
  if (!channelIds.length) return;
  const found = await tx.alertChannel.count({ where: { id: { in: channelIds } } });
  if (found !== channelIds.length)
    throw new AppError("VALIDATION", "This alert channel does not exist.", { channelIds: ["channelsUnknown"] });
}

/** Refuses a rule that watches a monitor which does not exist. */
export async function assertMonitor(tx: Tx, serviceCheckId: string | null) {
  if (!serviceCheckId) return;
  const check = await tx.serviceCheck.findUnique({ where: { id: serviceCheckId }, select: { id: true } });
  if (!check) throw new AppError("VALIDATION", "This monitor does not exist.", { serviceCheckId: ["invalid"] });
}

export async function createAlertRule(actor: Actor, input: AlertRule) {
  assertCan(actor, "livepulse:manage");
  const rule = await db.$transaction(async (tx) => {
    const { channelIds, ...fields } = input;
    await assertMonitor(tx, input.serviceCheckId);
    await assertChannels(tx, channelIds);
    const created = await tx.alertRule.create({
      data: { ...fields, createdById: actor.id, channels: { connect: channelIds.map((id) => ({ id })) } },
      include: { channels: { select: { id: true } } },
    });
    await writeAudit(tx, { actorId: actor.id, action: "alertRule.create", entity: "AlertRule", entityId: created.id, after: created });
    return created;
  });
  await publishAlertChange({ ruleId: rule.id });
  return rule;
}
