"use client";

import {
  Activity,
  AlarmClockOff,
  Info,
  LifeBuoy,
  MessageSquareLock,
  MessageSquareReply,
  RefreshCw,
  Server,
  Ticket,
  UserCheck,
  UserPlus,
  type LucideIcon,
} from "lucide-react";
import { useTranslations } from "next-intl";
import type { NotificationTypeName, NotificationView } from "@/lib/notifications/types";
import { translateFacts } from "@/lib/notifications/titles";
import { cn } from "@/lib/utils";
import { useAgo, useFullDate } from "./use-ago";

/** One icon a type, so a list reads at a glance. */
const icons: Record<NotificationTypeName, LucideIcon> = {
  LEAD_CREATED: UserPlus,
  LEAD_ASSIGNED: UserCheck,
  REQUEST_STATUS: Server,
  TICKET_CREATED: Ticket,
  TICKET_ASSIGNED: LifeBuoy,
  TICKET_REPLY: MessageSquareReply,
  TICKET_INTERNAL_NOTE: MessageSquareLock,
  TICKET_STATUS: RefreshCw,
  SLA_BREACH: AlarmClockOff,
  ALERT_FIRING: Activity,
  SYSTEM: Info,
};

/** The line under the title: a request's new status, translated, or the notification's own detail. */
export function useNotificationDetail() {
  const t = useTranslations("notifications");
  const tStatus = useTranslations("requestStatus");
  const tSeverity = useTranslations("alertSeverity");
  return (n: NotificationView) => {
    if (!n.body) return null;
    if (n.type === "REQUEST_STATUS" && tStatus.has(n.body as "SUBMITTED"))
      return t("newStatus", { status: tStatus(n.body as "SUBMITTED") });
    if (n.type === "ALERT_FIRING" && tSeverity.has(n.body as "WARNING")) return tSeverity(n.body as "WARNING");
    return n.body;
  };
}

/** A notification's title in the reader's language: built-in names stored as keys are translated. */
export function useNotificationTitle() {
  const tNames = useTranslations("livepulseNames");
  return (n: NotificationView) => translateFacts(n.title, (key) => (tNames.has(key as "database") ? tNames(key as "database") : null));
}

/**
 * A notification as the bell and the page show it: the translated label of its type, its title
 * (the facts), a detail line and how long ago it came, with the full date on hover.
 */
export function NotificationSummary({
  notification: n,
  now,
  compact = false,
}: {
  notification: NotificationView;
  now: number;
  compact?: boolean;
}) {
  const tType = useTranslations("notificationType");
  const t = useTranslations("notifications");
  const titleOf = useNotificationTitle();
  const ago = useAgo();
  const fullDate = useFullDate();
  const detail = useNotificationDetail()(n);
  const unread = n.readAt === null;
  const Icon = icons[n.type] ?? Info;
  return (
    <span className="flex min-w-0 flex-1 items-start gap-3">
      <span
        aria-hidden="true"
        className={cn(
          "relative mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full [&_svg]:size-4",
          unread ? "bg-primary/10 text-primary" : "bg-muted text-muted-foreground",
        )}
      >
        <Icon />
        {unread && <span className="absolute -top-0.5 -right-0.5 size-2.5 rounded-full border-2 border-popover bg-primary" />}
      </span>
      <span className="flex min-w-0 flex-1 flex-col gap-0.5">
        <span className="sr-only">{unread ? t("unread") : t("read")}</span>
        <span className={cn("text-sm", unread ? "font-semibold text-foreground" : "font-medium text-foreground/80")}>{tType(n.type)}</span>
        <span className={cn("text-sm text-muted-foreground", compact ? "line-clamp-2" : "break-words")}>{titleOf(n)}</span>
        {detail && <span className={cn("text-xs text-muted-foreground", compact && "line-clamp-1")}>{detail}</span>}
        <time dateTime={n.createdAt} title={fullDate(n.createdAt)} className="text-xs text-muted-foreground/80 tabular-nums">
          {ago(n.createdAt, now)}
        </time>
      </span>
    </span>
  );
}
