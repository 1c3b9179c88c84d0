import "server-only";
import type { Tx } from "../db";
import type { NotificationType } from "../generated/prisma/client";
import type { NotificationTypeName } from "./types";

// The browser's list of types is the database's enum, no more and no less.
const sameTypes: [NotificationType, NotificationTypeName] extends [NotificationTypeName, NotificationType] ? true : never = true;
void sameTypes;

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
