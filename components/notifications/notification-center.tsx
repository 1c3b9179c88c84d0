"use client";

import { BellOff, Check, CheckCheck, ChevronLeft, ChevronRight, Inbox } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useOptimistic, useRef, useTransition } from "react";
import { toast } from "sonner";
import { useLiveRefresh } from "@/components/realtime/use-live-refresh";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";
import type { NotificationView } from "@/lib/notifications/types";
import { channels } from "@/lib/realtime/channels";
import { cn } from "@/lib/utils";
import { NotificationSummary, useNotificationTitle } from "./notification-summary";
import { useHydrated } from "@/components/use-hydrated";
import { useNow } from "./use-now";

const notificationEvents = ["notification"] as const;

type Props = {
  userId: string;
  items: NotificationView[];
  unread: number;
  total: number;
  filter: "all" | "unread";
  page: number;
  pageSize: number;
  now: string;
  links: { all: string; unread: string; previous: string | null; next: string | null };
};

type Read = { ids: string[] } | { all: true };

/**
 * The notifications page's list: the all / unread filter (links, so it lives in the URL), mark one
 * or all read (optimistic, then the page is read again), pages. New notifications and read marks
 * made in another tab re-read it.
 */
export function NotificationCenter({ userId, items, unread, total, filter, page, pageSize, now: serverNow, links }: Props) {
  const t = useTranslations("notifications");
  const titleOf = useNotificationTitle();
  const router = useRouter();
  const now = useNow(serverNow);
  const [pending, startTransition] = useTransition();
  const [optimistic, addRead] = useOptimistic({ items, unread }, (state, read: Read) => {
    const hit = (n: NotificationView) => "all" in read || read.ids.includes(n.id);
    const changed = state.items.filter((n) => n.readAt === null && hit(n)).length;
    return {
      items: state.items.map((n) => (n.readAt === null && hit(n) ? { ...n, readAt: new Date().toISOString() } : n)),
      unread: "all" in read ? 0 : Math.max(0, state.unread - changed),
    };
  });
  const list = useRef<HTMLUListElement>(null);
  const hydrated = useHydrated();

  useLiveRefresh(channels.user(userId), notificationEvents, { paused: pending });

  /** After a row leaves the unread list, focus goes to the row that takes its place, else the list. */
  function keepFocus(id: string) {
    const index = items.findIndex((n) => n.id === id);
    const target = filter === "unread" ? (items[index + 1] ?? items[index - 1]) : items[index];
    window.requestAnimationFrame(() => {
      const link = target && list.current?.querySelector<HTMLElement>(`[data-notification-focus="${CSS.escape(target.id)}"]`);
      (link || list.current)?.focus();
    });
  }

  function mark(read: Read, focusId?: string) {
    startTransition(async () => {
      addRead(read);
      const result = "all" in read ? await markAllReadAction() : await markReadAction({ ids: read.ids });
      if (!result?.data) toast.error(t("markFailed"));
      router.refresh();
      if (focusId) keepFocus(focusId);
    });
  }

  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const filters = [
    { key: "all", href: links.all, label: t("filterAll") },
    { key: "unread", href: links.unread, label: t("filterUnread"), count: optimistic.unread },
  ] as const;

  return (
    <div className="flex flex-col gap-4" data-notification-center="" data-ready={hydrated ? "" : undefined}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("filterLabel")} className="inline-flex rounded-lg border bg-muted/50 p-0.5 text-sm">
          {filters.map((item) => (
            <Link
              key={item.key}
              href={item.href}
              aria-current={filter === item.key ? "page" : undefined}
              className="inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 font-medium text-muted-foreground transition-colors outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-[current=page]:bg-background aria-[current=page]:text-foreground aria-[current=page]:shadow-xs dark:aria-[current=page]:bg-card"
            >
              {item.label}
              {"count" in item && item.count > 0 && (
                <span className="rounded-full bg-primary px-1.5 text-[11px] leading-5 font-semibold text-primary-foreground tabular-nums">
                  {item.count > 99 ? "99+" : item.count}
                </span>
              )}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-3">
          <span className="text-sm text-muted-foreground" aria-live="polite">
            {t("unreadSummary", { count: optimistic.unread })}
          </span>
          {(optimistic.items.length > 0 || optimistic.unread > 0) && (
            <Button variant="outline" size="sm" disabled={optimistic.unread === 0 || pending} onClick={() => mark({ all: true })}>
              <CheckCheck aria-hidden="true" /> {t("markAllRead")}
            </Button>
          )}
        </div>
      </div>

      {optimistic.items.length === 0 ? (
        filter === "unread" ? (
          <EmptyState
            icon={<Inbox />}
            title={t("emptyUnreadTitle")}
            description={t("emptyUnreadDescription")}
            action={
              <Button asChild variant="outline" size="sm">
                <Link href={links.all}>{t("showAll")}</Link>
              </Button>
            }
          />
        ) : (
          <EmptyState icon={<BellOff />} title={t("emptyTitle")} description={t("emptyDescription")} />
        )
      ) : (
        <ul
          ref={list}
          tabIndex={-1}
          aria-label={t("listLabel")}
          className="flex flex-col divide-y overflow-hidden rounded-xl border bg-card outline-none"
          data-testid="notification-list"
        >
          {optimistic.items.map((n) => {
            const unreadRow = n.readAt === null;
            const summary = <NotificationSummary notification={n} now={now} />;
            const focusRing = "outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:ring-inset";
            return (
              <li
                key={n.id}
                data-notification-id={n.id}
                data-unread={unreadRow ? "" : undefined}
                className={cn("relative flex items-start gap-2 transition-colors", unreadRow ? "bg-primary/[0.04]" : "hover:bg-muted/40")}
              >
                {n.link ? (
                  <Link
                    href={n.link}
                    data-notification-focus={n.id}
                    className={cn("flex min-w-0 flex-1 p-4 pr-2 hover:bg-muted/50", focusRing)}
                    onClick={() => {
                      if (unreadRow) void markReadAction({ ids: [n.id] });
                    }}
                  >
                    {summary}
                  </Link>
                ) : (
                  <div data-notification-focus={n.id} tabIndex={-1} className={cn("flex min-w-0 flex-1 p-4 pr-2", focusRing)}>
                    {summary}
                  </div>
                )}
                <div className="flex w-11 shrink-0 justify-center pt-3 pr-2">
                  {unreadRow && (
                    <Button
                      variant="ghost"
                      size="icon-sm"
                      title={t("markRead")}
                      aria-label={t("markReadLabel", { title: titleOf(n) })}
                      onClick={() => mark({ ids: [n.id] }, n.id)}
                    >
                      <Check aria-hidden="true" />
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}

      {total > pageSize && (
        <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4 text-sm">
          <span className="text-muted-foreground tabular-nums">{t("range", { from, to, total })}</span>
          <div className="flex gap-2">
            <PageLink href={links.previous} label={t("previous")} icon="previous" />
            <PageLink href={links.next} label={t("next")} icon="next" />
          </div>
        </nav>
      )}
    </div>
  );
}

/** A previous / next link; without a page to go to, a disabled look that the keyboard skips. */
function PageLink({ href, label, icon }: { href: string | null; label: string; icon: "previous" | "next" }) {
  const content = (
    <>
      {icon === "previous" && <ChevronLeft aria-hidden="true" />}
      {label}
      {icon === "next" && <ChevronRight aria-hidden="true" />}
    </>
  );
  if (!href)
    return (
      <Button variant="outline" size="sm" disabled>
        {content}
      </Button>
    );
  return (
    <Button asChild variant="outline" size="sm">
      <Link href={href}>{content}</Link>
    </Button>
  );
}
