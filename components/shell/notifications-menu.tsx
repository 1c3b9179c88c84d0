"use client";

import { Bell, BellOff } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { useLiveEvents } from "@/components/live/use-live-events";
import { useRefreshOnFocus } from "@/components/live/use-refresh-on-focus";
import { adoptSnapshot, bellSize, markRead, receive, type BellState } from "@/components/notifications/bell-state";
import { NotificationSummary, useNotificationDetail } from "@/components/notifications/notification-summary";
import { useHydrated } from "@/components/use-hydrated";
import { useNow } from "@/components/notifications/use-now";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";
import { parseNotificationEvent, type NotificationView } from "@/lib/notifications/types";
import { channels } from "@/lib/realtime/channels";

const notificationEvents = ["notification"] as const;

/**
 * The bell: the unread count, the latest notifications and a way to all of them. It starts from
 * the server's render, adds what arrives on the user's channel (with a toast), and re-reads when
 * opened, when the tab regains focus and on reconnect, so it stays right when no event arrives.
 */
export function NotificationsMenu({
  userId,
  unread,
  items,
  now: serverNow,
}: {
  userId: string;
  unread: number;
  items: NotificationView[];
  /** When the server read `items`: relative times hydrate from it. */
  now: string;
}) {
  const t = useTranslations("notifications");
  const tNav = useTranslations("nav");
  const tType = useTranslations("notificationType");
  const detailOf = useNotificationDetail();
  const router = useRouter();
  const pathname = usePathname();
  const now = useNow(serverNow);
  const hydrated = useHydrated();
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

  // Toasts: one per notification, but a burst (a bulk assignment, a reconnect) becomes one summary.
  const recent = useRef<number[]>([]);
  const announced = useRef(new Set<string>());
  const announce = (notification: NotificationView) => {
    // An event may come twice (a replay after a reconnect): one toast.
    if (announced.current.has(notification.id)) return;
    announced.current.add(notification.id);
    const at = Date.now();
    recent.current = [...recent.current.filter((time) => at - time < 4_000), at];
    if (recent.current.length > 3) {
      toast(t("burst", { count: recent.current.length }), {
        id: "notifications-burst",
        action: { label: t("seeAll"), onClick: () => router.push("/notifications") },
      });
      return;
    }
    const detail = detailOf(notification);
    toast(tType(notification.type), {
      id: notification.id,
      description: detail ? (
        <>
          <span className="block">{notification.title}</span>
          <span className="block">{detail}</span>
        </>
      ) : (
        notification.title
      ),
      action: notification.link ? { label: t("open"), onClick: () => open(notification) } : undefined,
    });
  };

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

  const seeAll = useRef<HTMLAnchorElement>(null);
  const markAll = () => {
    version.current += 1;
    setState((current) => markRead(current, "all", new Date().toISOString()));
    // The item goes away with the count: keyboard focus moves on to "see all", inside the menu.
    window.requestAnimationFrame(() => seeAll.current?.focus());
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

  const count = state.unread;
  const label = tNav("unreadCount", { count });
  return (
    <DropdownMenu onOpenChange={(isOpen) => isOpen && void refetch()}>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          size="icon"
          className="relative"
          aria-label={`${tNav("notifications")} — ${label}`}
          data-ready={hydrated ? "" : undefined}
        >
          <Bell aria-hidden="true" />
          {count > 0 && (
            <span
              data-testid="unread-badge"
              className="absolute -top-0.5 -right-0.5 flex min-w-5 items-center justify-center rounded-full bg-destructive px-1 text-[11px] leading-5 font-semibold text-white tabular-nums"
            >
              {count > 99 ? "99+" : count}
            </span>
          )}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-[22rem] max-w-[calc(100vw-1rem)] p-0" data-testid="notifications-menu">
        <div className="flex items-center justify-between gap-2 px-3 py-2.5">
          <DropdownMenuLabel className="flex flex-col p-0">
            <span className="text-sm font-semibold">{tNav("notifications")}</span>
            <span className="text-xs font-normal text-muted-foreground" aria-live="polite">
              {t("unreadSummary", { count })}
            </span>
          </DropdownMenuLabel>
          {count > 0 && (
            // A menu item, so arrow keys reach it; the menu stays open to show the result.
            <DropdownMenuItem
              className="h-7 px-2 text-xs font-medium"
              disabled={pending}
              onSelect={(event) => {
                event.preventDefault();
                markAll();
              }}
            >
              {t("markAllRead")}
            </DropdownMenuItem>
          )}
        </div>
        <DropdownMenuSeparator className="m-0" />
        {state.items.length === 0 ? (
          <div className="flex flex-col items-center gap-2 px-4 py-8 text-center text-sm text-muted-foreground">
            <BellOff className="size-5" aria-hidden="true" />
            {tNav("noNotifications")}
          </div>
        ) : (
          <div className="max-h-[min(26rem,60dvh)] overflow-y-auto p-1">
            {state.items.map((item) =>
              item.link ? (
                <DropdownMenuItem key={item.id} asChild className="items-start px-2 py-2">
                  <Link href={item.link} data-notification-id={item.id} onClick={() => read(item)}>
                    <NotificationSummary notification={item} now={now} compact />
                  </Link>
                </DropdownMenuItem>
              ) : (
                <DropdownMenuItem
                  key={item.id}
                  className="items-start px-2 py-2"
                  data-notification-id={item.id}
                  onSelect={() => read(item)}
                >
                  <NotificationSummary notification={item} now={now} compact />
                </DropdownMenuItem>
              ),
            )}
          </div>
        )}
        <DropdownMenuSeparator className="m-0" />
        <DropdownMenuItem asChild className="justify-center rounded-none rounded-b-md px-3 py-2.5 text-sm font-medium text-primary">
          <Link ref={seeAll} href="/notifications">
            {t("seeAll")}
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
