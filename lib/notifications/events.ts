import "server-only";
import { channels } from "../realtime/channels";
import { publishAll } from "../realtime/publish-all";
import type { OutgoingEvent } from "../realtime/publish";
import type { PendingNotification } from "./notify";

/** The realtime events of committed notifications, one on each recipient's channel. */
export function notificationEvents(pending: readonly PendingNotification[]): OutgoingEvent[] {
  return pending.map((n) => ({
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
  }));
}

/** Pushes committed notifications to their recipients' channels (the bell adds them and shows a toast). */
export async function publishNotifications(pending: readonly PendingNotification[]): Promise<void> {
  await publishAll(notificationEvents(pending));
}
