import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { channels } from "../realtime/channels";
import { publishAll } from "../realtime/publish-all";
import type { MarkRead } from "./schemas";

/**
 * Marks the actor's own notifications read: the ones named (ids of anyone else's change nothing)
 * or all of them. Returns how many changed and how many stay unread; the actor's other tabs hear of it.
 */
export async function markRead(actor: Actor, input: MarkRead): Promise<{ count: number; unread: number }> {
  assertCan(actor, "notifications:access");
  const where: Prisma.NotificationWhereInput = { userId: actor.id, readAt: null, ...("ids" in input ? { id: { in: input.ids } } : {}) };
  const result = await db.$transaction(async (tx) => {
    const data = { readAt: new Date() };
    // Named ids: the ones that changed are returned, for the audit row and the other tabs.
    const ids = "ids" in input ? (await tx.notification.updateManyAndReturn({ where, data, select: { id: true } })).map((n) => n.id) : null;
    const count = ids ? ids.length : (await tx.notification.updateMany({ where, data })).count;
    if (count > 0) {
      await writeAudit(tx, {
        actorId: actor.id,
        action: "notification.read",
        entity: "Notification",
        entityId: ids ? ids.join(",") : "all",
        after: { count },
      });
    }
    const unread = await tx.notification.count({ where: { userId: actor.id, readAt: null } });
    return { count, unread, ids: ids ?? ("all" as const) };
  });
  if (result.count > 0) {
    await publishAll([{ channel: channels.user(actor.id), event: "notification", data: { read: result.ids, unread: result.unread } }]);
  }
  return { count: result.count, unread: result.unread };
}

/** Marks every unread notification of the actor as read; returns how many changed. */
export async function markAllRead(actor: Actor): Promise<number> {
  return (await markRead(actor, { all: true })).count;
}
