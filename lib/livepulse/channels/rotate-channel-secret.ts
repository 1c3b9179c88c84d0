import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError } from "../../errors";
import { publishDeliveries } from "./events";
import { generateSigningSecret } from "./secret";

/** Gives a webhook channel a new signing secret, answered once; deliveries are signed with it from now on. */
export async function rotateChannelSecret(actor: Actor, id: string): Promise<{ id: string; secret: string }> {
  assertCan(actor, "livepulse:manage");
  const secret = generateSigningSecret();
  await db.$transaction(async (tx) => {
    const channel = await tx.alertChannel.findUnique({ where: { id }, select: { id: true, kind: true } });
    if (!channel) throw new AppError("NOT_FOUND", "This alert channel does not exist.");
    if (channel.kind !== "WEBHOOK") throw new AppError("CONFLICT", "Only a webhook channel has a signing secret.");
    await tx.alertChannel.update({ where: { id }, data: { secret } });
    await writeAudit(tx, { actorId: actor.id, action: "alertChannel.rotateSecret", entity: "AlertChannel", entityId: id });
  });
  await publishDeliveries({ channelId: id });
  return { id, secret };
}
