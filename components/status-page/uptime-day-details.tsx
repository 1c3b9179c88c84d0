"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from "react";
import { useDateFormat } from "@/lib/date-format";
import { utcDayFormat } from "@/lib/format";

/**
 * A day: its uptime, the titles of its incidents and maintenance, and whether uptime left maintenance
 * out. What a day does not have is left out: most days have nothing but their uptime, and the days
 * travel in the page's data.
 */
export type BarDay = { date: string; uptime: number | null; incidents?: string[]; maintenance?: string[]; excluded?: true };

/** Days shown on a phone: the last month (the bars of older days would be thinner than a finger). */
export const phoneDays = 30;

const wide = () => window.matchMedia("(min-width: 640px)").matches;

/** The bars of a row, in day order. */
const barsOf = (group: HTMLElement | null) => [...(group?.querySelectorAll<HTMLButtonElement>(":scope > button") ?? [])];

/** The bar an event came from, and its day's index (its place in the row). */
function barOf(group: HTMLElement | null, target: EventTarget | null): { bar: HTMLButtonElement; index: number } | null {
  const bar = target instanceof Element ? target.closest("button") : null;
  const index = bar ? barsOf(group).indexOf(bar) : -1;
  return bar && index >= 0 ? { bar, index } : null;
}

/**
 * The bars' behaviour, for the buttons the server wrote (`barsHtml`, which React leaves as it is):
 * arrows, Home and End move between days (one tab stop); hovering, focusing or tapping a day shows
 * its uptime, incidents and maintenance in a panel above the bars. Events are handled once, on the row.
 */
export function UptimeDayDetails({ name, days, barsHtml }: { name: string; days: BarDay[]; barsHtml: string }) {
  const t = useTranslations("statusPage");
  const { locale } = useDateFormat();
  const panelId = useId();
  const group = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<number | null>(null);
  // A tap or click first focuses its bar, which opens the panel: that click must not close it again.
  const openedByFocus = useRef<number | null>(null);
  // Whether only the last month shows (a phone): the panel is placed among the bars shown.
  const [narrow, setNarrow] = useState(false);
  const firstShown = Math.max(0, days.length - phoneDays);
  const show = (index: number | null) => {
    setNarrow(!wide());
    setActive(index);
  };

  // The pointed day is marked on its button (the buttons are the server's: no render of theirs).
  useEffect(() => {
    if (active === null) return;
    const bar = barsOf(group.current)[active];
    if (!bar) return;
    bar.setAttribute("aria-describedby", panelId);
    bar.setAttribute("aria-expanded", "true");
    return () => {
      bar.removeAttribute("aria-describedby");
      bar.removeAttribute("aria-expanded");
    };
  }, [active, panelId]);

  const onKeyDown = (event: KeyboardEvent) => {
    const from = barOf(group.current, event.target);
    if (!from) return;
    const first = wide() ? 0 : firstShown;
    const keys: Record<string, number> = {
      ArrowLeft: Math.max(first, from.index - 1),
      ArrowRight: Math.min(days.length - 1, from.index + 1),
      Home: first,
      End: days.length - 1,
    };
    if (event.key === "Escape") {
      event.preventDefault();
      return show(null);
    }
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const bar = barsOf(group.current)[next];
    if (!bar) return;
    // Roving tab stop: the day left is skipped by Tab, the day reached is the row's stop.
    from.bar.tabIndex = -1;
    bar.tabIndex = 0;
    bar.focus();
  };
  const onFocus = (event: FocusEvent) => {
    const from = barOf(group.current, event.target);
    if (!from) return;
    for (const bar of barsOf(group.current)) bar.tabIndex = bar === from.bar ? 0 : -1;
    openedByFocus.current = from.index;
    show(from.index);
  };

  const shown = active === null ? null : days[active];
  // The panel follows the day, kept inside the row at both ends.
  const position =
    active === null
      ? 0
      : narrow
        ? ((Math.max(active, firstShown) - firstShown + 0.5) / (days.length - firstShown)) * 100
        : ((active + 0.5) / days.length) * 100;
  // Made when a day is shown, not on every row's first render: an Intl formatter's first use in a
  // page loads the browser's locale data, which would hold up the page's hydration.
  const uptime = (day: BarDay) =>
    day.uptime === null
      ? t("dayNoData")
      : t("dayUptime", { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(day.uptime) });

  return (
    <div className="relative" onPointerLeave={(event) => event.pointerType === "mouse" && show(null)}>
      <div
        ref={group}
        role="group"
        aria-label={name}
        className="flex h-9 items-stretch gap-px sm:gap-[2px]"
        onPointerOver={(event: PointerEvent) => {
          const from = event.pointerType === "mouse" ? barOf(group.current, event.target) : null;
          if (from && from.index !== active) show(from.index);
        }}
        onFocus={onFocus}
        onBlur={(event) => {
          const from = barOf(group.current, event.target);
          if (from && !group.current?.contains(event.relatedTarget as Node | null))
            setActive((current) => (current === from.index ? null : current));
        }}
        onClick={(event) => {
          const from = barOf(group.current, event.target);
          if (!from) return;
          const opened = openedByFocus.current === from.index;
          openedByFocus.current = null;
          if (opened) show(from.index);
          else setActive((current) => (current === from.index ? null : from.index));
        }}
        onKeyDown={onKeyDown}
        // The server's own markup, escaped there (uptime-bars.tsx): the same string on every render,
        // so React never writes it again, and the tab stop the keys move stays where they put it.
        dangerouslySetInnerHTML={{ __html: barsHtml }}
      />
      {shown && (
        <div
          id={panelId}
          role="tooltip"
          data-testid="uptime-tooltip"
          className="pointer-events-none absolute bottom-full z-20 mb-2 w-64 max-w-[calc(100vw-2rem)] -translate-x-1/2 rounded-lg border bg-popover p-3 text-left text-sm text-popover-foreground shadow-lg"
          style={{ left: `clamp(8rem, ${position}%, calc(100% - 8rem))` }}
        >
          <p className="font-medium">{utcDayFormat(locale)(shown.date)}</p>
          <p className="mt-1 text-muted-foreground tabular-nums">{uptime(shown)}</p>
          {shown.maintenance?.length ? (
            <ul className="mt-2 flex flex-col gap-1 border-t pt-2" data-testid="uptime-tooltip-maintenance">
              {shown.maintenance.map((title, i) => (
                <li key={i} className="line-clamp-2 break-words">
                  {t("dayMaintenanceTitle", { title })}
                </li>
              ))}
              {shown.excluded && <li className="text-xs text-muted-foreground">{t("dayExcluded")}</li>}
            </ul>
          ) : null}
          {!shown.incidents?.length ? (
            <p className="mt-1 text-muted-foreground">{t("dayNoIncident")}</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-1 border-t pt-2">
              {shown.incidents.map((title, i) => (
                <li key={i} className="line-clamp-2 break-words">
                  {title}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
