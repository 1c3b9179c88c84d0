"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { adoptSnapshot, bellSize, markRead, receive, type BellState } from "@/components/notifications/bell-state";
import { useLiveEvents } from "@/components/realtime/use-live-events";
import { useRefreshOnFocus } from "@/components/realtime/use-refresh-on-focus";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";
import { parseNotificationEvent, type NotificationView } from "@/lib/notifications/types";
import { channels } from "@/lib/realtime/channels";
import { useNotificationToasts } from "./use-notification-toasts";

const notificationEvents = ["notification"] as const;

/**
 * The bell's state: it starts from the server's render, adds what arrives on the user's channel
 * (with a toast), and re-reads when asked (the menu opening), when the tab regains focus and on
 * reconnect, so it stays right when no event arrives.
 */
export function useBell({
  userId,
  unread,
  items,
  serverNow,
}: {
  userId: string;
  unread: number;
  items: NotificationView[];
  serverNow: string;
}) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  // The server's snapshot is adopted whenever the page is rendered again (router.refresh, an action).
  const [adopted, setAdopted] = useState({ unread, items });
  const [state, setState] = useState<BellState>({ unread, items });
  if (adopted.items !== items || adopted.unread !== unread) {
    setAdopted({ unread, items });
    setState((current) => adoptSnapshot(current, { unread, items }));
  }

  // A read started before a local change answers with the state before it: such answers are dropped.
  const version = useRef(0);
  const lastFetch = useRef(0);
  const refetch = useCallback(async (force = false) => {
    if (!force && Date.now() - lastFetch.current < 3_000) return;
    lastFetch.current = Date.now();
    const started = version.current;
    try {
      const response = await fetch(`/api/notifications?pageSize=${bellSize}`, { cache: "no-store" });
      if (!response.ok) return;
      const body = (await response.json()) as { unread: number; items: NotificationView[] };
      if (version.current !== started) return;
      setState((current) => adoptSnapshot(current, { unread: body.unread, items: body.items }));
    } catch {
      // Offline: the next focus or reconnect tries again.
    }
  }, []);
  useRefreshOnFocus(() => void refetch());
  // A header restored from the router's cache (back / forward) may be old: read it again then.
  useEffect(() => {
    if (Date.now() - Date.parse(serverNow) < 15_000) return;
    const timer = window.setTimeout(() => void refetch(true), 0);
    return () => window.clearTimeout(timer);
  }, [serverNow, refetch]);

  /** Marks a notification read here at once and on the server; the caller opens its link. */
  const read = useCallback((notification: NotificationView) => {
    if (notification.readAt !== null) return;
    version.current += 1;
    setState((current) => markRead(current, [notification.id], new Date().toISOString()));
    // Not awaited: a navigation that follows does not cancel it on the server.
    void markReadAction({ ids: [notification.id] });
  }, []);
  const open = (notification: NotificationView) => {
    read(notification);
    if (notification.link) router.push(notification.link);
  };

  const announce = useNotificationToasts(open);

  useLiveEvents(
    channels.user(userId),
    notificationEvents,
    (_event, data) => {
      const parsed = parseNotificationEvent(data);
      if (!parsed) return;
      version.current += 1;
      if (parsed.kind === "created") {
        // Shown and counted unless the bell already holds it (a replay, or read in a refetch).
        const fresh = receive(state, parsed.notification) !== state;
        setState((current) => receive(current, parsed.notification));
        if (fresh) announce(parsed.notification);
      } else {
        setState((current) => markRead(current, parsed.ids, new Date().toISOString(), parsed.unread));
      }
    },
    { onReconnect: () => void refetch(true) },
  );

  /** Marks everything read here at once and on the server; `moveFocus` runs once the item is gone. */
  const markAll = (moveFocus: () => void) => {
    version.current += 1;
    setState((current) => markRead(current, "all", new Date().toISOString()));
    window.requestAnimationFrame(moveFocus);
    startTransition(async () => {
      const result = await markAllReadAction();
      if (!result?.data) {
        toast.error(t("markFailed"));
        void refetch(true);
        return;
      }
      // The notifications page, if open, shows its rows read too.
      if (pathname.startsWith("/notifications")) router.refresh();
    });
  };

  return { state, pending, read, markAll, refetch };
}
