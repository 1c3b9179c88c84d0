import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db, type Tx } from "../../db";
import { AppError } from "../../errors";
import { publishDeliveries } from "./events";
import { publicChannel, publicChannelSelect } from "./queries";
import type { AlertChannel } from "./schemas";
import { generateSigningSecret } from "./secret";

/** Refuses people an EMAIL channel cannot name: unknown accounts, or customers. */
export async function assertChannelUsers(tx: Tx, userIds: string[]) {
  if (!userIds.length) return;
  const found = await tx.user.count({ where: { id: { in: userIds }, role: { not: "CUSTOMER" } } });
  if (found !== userIds.length) throw new AppError("VALIDATION", "Name members of the team only.", { userIds: ["invalid"] });
}

/** What the audit log keeps of a channel: never its secret. */
export const auditedChannel = ({ secret, ...channel }: { secret?: string | null } & Record<string, unknown>) => ({
  ...channel,
  hasSecret: Boolean(secret),
});

/**
 * Adds a channel. A WEBHOOK channel gets a signing secret generated here, answered once with the
 * channel (admins may reveal it later, or rotate it).
 */
export async function createAlertChannel(actor: Actor, input: AlertChannel) {
  assertCan(actor, "livepulse:manage");
  const { userIds, ...fields } = input;
  const secret = input.kind === "WEBHOOK" ? generateSigningSecret() : null;
  const channel = await db.$transaction(async (tx) => {
    await assertChannelUsers(tx, userIds);
    const created = await tx.alertChannel.create({
      data: { ...fields, secret, createdById: actor.id, users: { connect: userIds.map((id) => ({ id })) } },
      select: publicChannelSelect,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "alertChannel.create",
      entity: "AlertChannel",
      entityId: created.id,
      after: auditedChannel(created),
    });
    return created;
  });
  await publishDeliveries({ channelId: channel.id });
  return { ...publicChannel(channel), secret };
}
