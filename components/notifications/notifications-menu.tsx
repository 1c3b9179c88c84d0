"use client";

import { Bell } from "lucide-react";
import { useTranslations } from "next-intl";
import { useHydrated } from "@/components/use-hydrated";
import { useNow } from "@/components/notifications/use-now";
import { MenuOnIntent } from "@/components/ui/menu-on-intent";
import { Button } from "@/components/ui/button";
import { type NotificationView } from "@/lib/notifications/types";
import { useBell } from "./use-bell";

const loadDropdown = () => import("./notifications-dropdown").then((m) => m.NotificationsDropdown);

/**
 * The bell: the unread count, kept live, and its dropdown of the latest notifications, loaded when
 * it is about to be opened.
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
  const tNav = useTranslations("nav");
  const now = useNow(serverNow);
  const hydrated = useHydrated();
  const bell = useBell({ userId, unread, items, serverNow });

  const count = bell.state.unread;
  const trigger = (
    <Button
      variant="ghost"
      size="icon"
      className="relative"
      aria-label={`${tNav("notifications")} — ${tNav("unreadCount", { count })}`}
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
  );
  return <MenuOnIntent load={loadDropdown} popup="menu" trigger={trigger} props={{ ...bell, now }} />;
}
