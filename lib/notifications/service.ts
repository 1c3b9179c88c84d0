import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/roles";

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
