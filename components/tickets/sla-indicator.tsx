"use client";

import { AlarmClock, CheckCircle2, PauseCircle, TimerReset, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { formatDate } from "@/lib/format";
import { durationParts, slaView, type SlaClock, type SlaState } from "@/lib/tickets/sla";
import { cn } from "@/lib/utils";
import { useDateFormat } from "@/lib/date-format";

/** One clock for every indicator on the page, ticking every 30 s while any is mounted. */
const clock = {
  now: Date.now(),
  listeners: new Set<() => void>(),
  timer: null as ReturnType<typeof setInterval> | null,
  subscribe(listener: () => void) {
    clock.listeners.add(listener);
    clock.now = Date.now();
    clock.timer ??= setInterval(() => {
      clock.now = Date.now();
      clock.listeners.forEach((l) => l());
    }, 30_000);
    return () => {
      clock.listeners.delete(listener);
      if (clock.listeners.size === 0 && clock.timer) {
        clearInterval(clock.timer);
        clock.timer = null;
      }
    };
  },
};

/** The current time; the server's while hydrating, so the first render matches the HTML. */
function useNow(serverNow: number): Date {
  return new Date(
    useSyncExternalStore(
      clock.subscribe,
      () => clock.now,
      () => serverNow,
    ),
  );
}

const tone: Record<SlaState, string> = {
  on_track: "text-muted-foreground",
  at_risk: "text-warning",
  breached: "text-destructive",
  paused: "text-muted-foreground",
  met: "text-success",
  missed: "text-destructive",
};
const icons: Record<SlaState, typeof AlarmClock> = {
  on_track: TimerReset,
  at_risk: AlarmClock,
  breached: AlarmClock,
  paused: PauseCircle,
  met: CheckCircle2,
  missed: XCircle,
};

/** The SLA of a ticket as it runs: time left, overdue by, paused, met or missed. */
export function SlaIndicator({ clock, serverNow, detailed = false }: { clock: SlaClock; serverNow: number; detailed?: boolean }) {
  const t = useTranslations("tickets.sla");
  const dates = useDateFormat();
  const view = slaView(clock, useNow(serverNow));
  const Icon = icons[view.state];
  const duration = (ms: number) => {
    const { days, hours, minutes } = durationParts(ms);
    return days > 0
      ? t("days", { days, hours })
      : hours > 0
        ? t("hours", { hours, minutes: String(minutes).padStart(2, "0") })
        : t("minutes", { minutes });
  };
  const text =
    view.remainingMs === null
      ? t(view.state)
      : view.state === "breached"
        ? t("overdue", { duration: duration(view.remainingMs) })
        : view.state === "paused"
          ? t("pausedLeft", { duration: duration(view.remainingMs) })
          : t("left", { duration: duration(view.remainingMs) });
  return (
    <span className={cn("inline-flex flex-col gap-0.5", detailed && "gap-1")} data-sla-state={view.state}>
      <span
        className={cn(
          "inline-flex items-center gap-1.5 text-sm whitespace-nowrap tabular-nums",
          tone[view.state],
          view.state !== "on_track" && "font-medium",
        )}
      >
        <Icon className="size-4 shrink-0" aria-hidden="true" />
        {text}
      </span>
      {detailed && view.phase && view.dueAt && (
        <span className="text-xs text-muted-foreground">
          {t(view.phase === "firstResponse" ? "firstResponseDue" : "resolutionDue", { date: formatDate(view.dueAt, dates, true) })}
        </span>
      )}
    </span>
  );
}
