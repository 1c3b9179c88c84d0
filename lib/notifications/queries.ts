import "server-only";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db, type Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { NotificationListQuery } from "./schemas";
import type { NotificationView } from "./types";

const viewSelect = {
  id: true,
  type: true,
  title: true,
  body: true,
  link: true,
  readAt: true,
  createdAt: true,
} as const satisfies Prisma.NotificationSelect;

type Row = Prisma.NotificationGetPayload<{ select: typeof viewSelect }>;

export function toView(row: Row): NotificationView {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function unreadCount(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** The bell's latest notifications, newest first. */
export async function latestNotifications(actor: Actor, take = 6): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: viewSelect,
  });
  return rows.map(toView);
}

/**
 * One page of the actor's own notifications, newest first, all or unread only, with the total of
 * the filter and the actor's unread count (the badge).
 */
export async function pageNotifications(actor: Actor, query: NotificationListQuery) {
  assertCan(actor, "notifications:access");
  const where: Prisma.NotificationWhereInput = { userId: actor.id, ...(query.unread ? { readAt: null } : {}) };
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: viewSelect,
    }),
    db.notification.count({ where }),
    query.unread ? null : db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  return { items: rows.map(toView), total, unread: unread ?? total, page: query.page, pageSize: query.pageSize };
}

/** Active staff who work tickets: notified of new tickets and internal notes. */
export async function ticketStaffIds(tx: Tx): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { role: { in: ["SUPPORT", "ADMIN"] }, disabled: false }, select: { id: true } });
  return rows.map((r) => r.id);
}
