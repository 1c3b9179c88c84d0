import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { assertChannelUsers, auditedChannel } from "./create-alert-channel";
import { publishDeliveries } from "./events";
import { findChannel, publicChannel, publicChannelSelect } from "./queries";
import type { AlertChannel } from "./schemas";
import { generateSigningSecret } from "./secret";

/**
 * Replaces a channel's settings. A channel that becomes a WEBHOOK gets a secret (answered once);
 * one that stops being a webhook forgets its secret. Deliveries already queued keep their body.
 */
export async function updateAlertChannel(actor: Actor, id: string, input: AlertChannel) {
  assertCan(actor, "livepulse:manage");
  const { userIds, ...fields } = input;
  const result = await db.$transaction(async (tx) => {
    const before = await findChannel(tx, id);
    const current = await tx.alertChannel.findUniqueOrThrow({ where: { id }, select: { secret: true } });
    await assertChannelUsers(tx, userIds);
    const secret = input.kind === "WEBHOOK" ? (current.secret ?? generateSigningSecret()) : null;
    const after = await tx.alertChannel.update({
      where: { id },
      // A renamed default channel keeps the name it was given, in every language.
      data: {
        ...fields,
        secret,
        ...(input.name !== before.name ? { nameKey: null } : {}),
        users: { set: userIds.map((userId) => ({ id: userId })) },
      },
      select: publicChannelSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "alertChannel.update",
      entity: "AlertChannel",
      entityId: id,
      before: { ...before, hasSecret: Boolean(current.secret) },
      after: auditedChannel(after),
    });
    return { channel: after, newSecret: secret && secret !== current.secret ? secret : null };
  });
  await publishDeliveries({ channelId: id });
  return { ...publicChannel(result.channel), secret: result.newSecret };
}
