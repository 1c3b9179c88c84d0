import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db, type Tx } from "../db";
import type { NotificationType, Prisma } from "../generated/prisma/client";
import { logger } from "../logger";
import { channels } from "../realtime/channels";
import { publish } from "../realtime/publish";
import type { MarkRead, NotificationListQuery } from "./schemas";
import type { NotificationTypeName, NotificationView } from "./types";

// The browser's list of types is the database's enum, no more and no less.
const sameTypes: [NotificationType, NotificationTypeName] extends [NotificationTypeName, NotificationType] ? true : never = true;
void sameTypes;

/**
 * A notification's title carries the facts (reference, subject), never a sentence:
 * the UI puts the translated label of its `type` in front of it.
 */
export type NewNotification = { type: NotificationType; title: string; body?: string | null; link?: string | null };
export type PendingNotification = NewNotification & { id: string; userId: string; createdAt: Date };

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

/** Publishes events after commit; a failure is logged and never reaches the write that caused them. */
export async function publishAll(
  events: ReadonlyArray<{ channel: string; event: Parameters<typeof publish>[1]; data: Record<string, unknown> }>,
) {
  const results = await Promise.allSettled(events.map((e) => publish(e.channel, e.event, e.data)));
  for (const [index, result] of results.entries()) {
    if (result.status === "rejected") logger.warn({ err: result.reason, channel: events[index].channel }, "realtime publish failed");
  }
}

/** Pushes committed notifications to their recipients' channels (the bell adds them and shows a toast). */
export async function publishNotifications(pending: readonly PendingNotification[]): Promise<void> {
  await publishAll(
    pending.map((n) => ({
      channel: channels.user(n.userId),
      event: "notification" as const,
      data: {
        id: n.id,
        type: n.type,
        title: n.title,
        body: n.body ?? null,
        link: n.link ?? null,
        createdAt: n.createdAt.toISOString(),
      },
    })),
  );
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

/** Active staff who work tickets: notified of new tickets and internal notes. */
export async function ticketStaffIds(tx: Tx): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { role: { in: ["SUPPORT", "ADMIN"] }, disabled: false }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Active sellers: told of every new hosting request whose lead nobody owns yet. */
export async function activeSellerIds(tx: Tx): Promise<string[]> {
  const rows = await tx.user.findMany({ where: { role: "SELLER", disabled: false }, select: { id: true } });
  return rows.map((r) => r.id);
}
