import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError } from "../../errors";
import { alertsLink, deliveryBody } from "./body";
import { attemptDelivery, channelSelect, claimMs, deliveryTimeoutMs } from "./deliver-alerts";
import { publishDeliveries } from "./events";

/**
 * An admin's "send a test": a TEST delivery is written (claimed at once, so no run takes it) and
 * tried right away, once, with the usual timeout; the answer says how it went, and the delivery log
 * keeps it. An EMAIL channel's test queues the test email to its recipients in the mail outbox.
 */
export async function sendChannelTest(actor: Actor, id: string, options: { timeoutMs?: number } = {}) {
  assertCan(actor, "livepulse:manage");
  const now = new Date();
  const { delivery, channel } = await db.$transaction(async (tx) => {
    const channel = await tx.alertChannel.findUnique({ where: { id }, select: { ...channelSelect, name: true } });
    if (!channel) throw new AppError("NOT_FOUND", "This alert channel does not exist.");
    if (!channel.enabled) throw new AppError("CONFLICT", "This channel is disabled: enable it to test it.");
    const body = await deliveryBody(channel.kind, {
      event: "TEST",
      channel: { id: channel.id, name: channel.name },
      at: now,
      link: alertsLink(),
    });
    const delivery = await tx.alertDelivery.create({
      data: { channelId: id, event: "TEST", body, status: "SENDING", attempts: 1, nextAttemptAt: new Date(now.getTime() + claimMs) },
      select: { id: true, channelId: true, event: true, body: true, attempts: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "alertChannel.test",
      entity: "AlertChannel",
      entityId: id,
      after: { deliveryId: delivery.id },
    });
    return { delivery, channel };
  });
  await attemptDelivery(delivery, channel, now, options.timeoutMs ?? deliveryTimeoutMs);
  await publishDeliveries({ channelId: id });
  return db.alertDelivery.findUniqueOrThrow({
    where: { id: delivery.id },
    select: { id: true, status: true, attempts: true, lastError: true, responseStatus: true, deliveredAt: true },
  });
}
