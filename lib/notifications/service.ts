import "server-only";
import { db, type Tx } from "../db";
import type { Actor } from "../auth/roles";
import type { NotificationType } from "../generated/prisma/client";
import { channels } from "../realtime/channels";
import { publish } from "../realtime/publish";

/**
 * A notification's title carries the facts (reference, subject), never a sentence:
 * the UI puts the translated label of its `type` in front of it.
 */
export type NewNotification = { type: NotificationType; title: string; body?: string | null; link?: string | null };
export type PendingNotification = NewNotification & { id: string; userId: string; createdAt: Date };

/** Writes one notification per recipient inside the caller's transaction; publish the result after commit. */
export async function notify(tx: Tx, userIds: readonly string[], notification: NewNotification): Promise<PendingNotification[]> {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return [];
  return tx.notification.createManyAndReturn({
    data: recipients.map((userId) => ({
      userId,
      type: notification.type,
      title: notification.title,
      body: notification.body ?? null,
      link: notification.link ?? null,
    })),
    select: { id: true, userId: true, type: true, title: true, body: true, link: true, createdAt: true },
  });
}

/** Pushes committed notifications to their recipients' channels. */
export async function publishNotifications(pending: readonly PendingNotification[]): Promise<void> {
  await Promise.all(
    pending.map((n) => publish(channels.user(n.userId), "notification", { id: n.id, type: n.type, title: n.title, link: n.link ?? null })),
  );
}

export async function unreadCount(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function latestNotifications(actor: Actor, take = 6) {
  return db.notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true, type: true },
  });
}

/** Marks every unread notification of the actor as read; returns how many changed. */
export async function markAllRead(actor: Actor): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}

/** Active staff who work tickets: notified of new tickets and internal notes. */
export async function ticketStaffIds(tx: Tx): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { role: { in: ["SUPPORT", "ADMIN"] }, disabled: false }, select: { id: true } });
  return rows.map((r) => r.id);
}
