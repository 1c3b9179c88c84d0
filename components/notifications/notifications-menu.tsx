"use client";

import { Bell, BellOff } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { NotificationSummary } from "@/components/notifications/notification-summary";
import { useHydrated } from "@/components/use-hydrated";
import { useNow } from "@/components/notifications/use-now";
import { Button } from "@/components/ui/button";
import { useBell } from "./use-bell";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { type NotificationView } from "@/lib/notifications/types";

/**
 * The bell: the unread count, the latest notifications and a way to all of them (re-read when opened).
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
  const now = useNow(serverNow);
  const hydrated = useHydrated();
  const { state, pending, read, markAll, refetch } = useBell({ userId, unread, items, serverNow });
  const seeAll = useRef<HTMLAnchorElement>(null);

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
                // The item goes away with the count: keyboard focus moves on to "see all", inside the menu.
                markAll(() => seeAll.current?.focus());
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
