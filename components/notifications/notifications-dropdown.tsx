"use client";

import { BellOff } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { NotificationSummary } from "@/components/notifications/notification-summary";
import type { IntentMenuProps } from "@/components/ui/menu-on-intent";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { useBell } from "./use-bell";

export type NotificationsDropdownProps = ReturnType<typeof useBell> & { now: number };

/**
 * The bell's dropdown: the latest notifications and a way to all of them (re-read when opened),
 * loaded when it is about to be opened (./notifications-menu.tsx).
 */
export function NotificationsDropdown({
  state,
  pending,
  read,
  markAll,
  refetch,
  now,
  trigger,
  defaultOpen,
}: NotificationsDropdownProps & IntentMenuProps) {
  const t = useTranslations("notifications");
  const tNav = useTranslations("nav");
  const seeAll = useRef<HTMLAnchorElement>(null);
  // Opened as it arrived: read again, as an opening does.
  useEffect(() => {
    if (defaultOpen) void refetch();
  }, [defaultOpen, refetch]);

  const count = state.unread;
  return (
    <DropdownMenu defaultOpen={defaultOpen} onOpenChange={(isOpen) => isOpen && void refetch()}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
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
