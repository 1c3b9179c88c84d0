import type { NotificationView } from "@/lib/notifications/types";

/** What the bell shows: the unread count (of all notifications) and the latest few. */
export type BellState = { unread: number; items: NotificationView[] };

/** How many the bell lists. */
export const bellSize = 6;

const newestFirst = (a: NotificationView, b: NotificationView) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

/**
 * Takes a snapshot read from the server (a render of the page, a fetch). Notifications received
 * live that the snapshot lacks but that are at least as new as its newest item were committed
 * after it was read: they stay, and count as unread if they are.
 */
export function adoptSnapshot(previous: BellState | null, snapshot: BellState): BellState {
  const known = new Set(snapshot.items.map((n) => n.id));
  const newest = snapshot.items[0]?.createdAt ?? "";
  const later = (previous?.items ?? []).filter((n) => !known.has(n.id) && n.createdAt >= newest);
  if (later.length === 0) return snapshot;
  return {
    unread: snapshot.unread + later.filter((n) => n.readAt === null).length,
    items: [...later, ...snapshot.items].sort(newestFirst).slice(0, bellSize),
  };
}

/**
 * A notification pushed live: on top, counted once even if it comes twice. One older than the last
 * of a full list is a replay of something the server's count already holds: it changes nothing.
 */
export function receive(state: BellState, notification: NotificationView): BellState {
  if (state.items.some((n) => n.id === notification.id)) return state;
  const oldest = state.items.at(-1);
  if (state.items.length >= bellSize && oldest && notification.createdAt < oldest.createdAt) return state;
  return {
    unread: state.unread + (notification.readAt === null ? 1 : 0),
    items: [notification, ...state.items].sort(newestFirst).slice(0, bellSize),
  };
}

/**
 * Read marks, made here or in another tab. `unread`, when the server says it, is the truth;
 * otherwise the count drops by the listed items that were unread.
 */
export function markRead(state: BellState, ids: readonly string[] | "all", readAt: string, unread?: number): BellState {
  const hit = (n: NotificationView) => ids === "all" || ids.includes(n.id);
  const changed = state.items.filter((n) => n.readAt === null && hit(n)).length;
  const items = state.items.map((n) => (n.readAt === null && hit(n) ? { ...n, readAt } : n));
  const count = unread ?? (ids === "all" ? 0 : Math.max(0, state.unread - changed));
  return { unread: count, items };
}
