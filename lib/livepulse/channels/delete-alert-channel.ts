import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { auditedChannel } from "./create-alert-channel";
import { publishDeliveries } from "./events";
import { findChannel } from "./queries";

/** Deletes a channel: rules stop using it, and its deliveries (the log's, and any still due) go with it. */
export async function deleteAlertChannel(actor: Actor, id: string) {
  assertCan(actor, "livepulse:manage");
  await db.$transaction(async (tx) => {
    const before = await findChannel(tx, id);
    await tx.alertChannel.delete({ where: { id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "alertChannel.delete",
      entity: "AlertChannel",
      entityId: id,
      before: auditedChannel(before),
    });
  });
  await publishDeliveries({ channelId: id });
  return { id };
}
