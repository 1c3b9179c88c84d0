"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useDateFormat } from "@/lib/date-format";
import { dayBand, type DayBand } from "@/lib/status-page/state";
import { cn } from "@/lib/utils";

/** A day: its uptime, the titles of its incidents and maintenance, and whether uptime left maintenance out. */
export type BarDay = { date: string; uptime: number | null; incidents: string[]; maintenance: string[]; excluded: boolean };

const bandClass: Record<DayBand, string> = {
  operational: "bg-success",
  degraded: "bg-warning",
  outage: "bg-destructive",
  none: "bg-muted-foreground/20",
};

/** Days shown on a phone: the last month (the bars of older days would be thinner than a finger). */
const phoneDays = 30;

/**
 * A service's days as bars, one tab stop: arrows, Home and End move between days; hovering,
 * focusing or tapping a day shows its uptime and incidents in a panel above the bars.
 */
export function UptimeBars({ name, days }: { name: string; days: BarDay[] }) {
  const t = useTranslations("statusPage");
  const { locale } = useDateFormat();
  const panelId = useId();
  const [active, setActiveIndex] = useState<number | null>(null);
  // Whether only the last month shows (a phone): the panel is placed among the bars shown.
  const [narrow, setNarrow] = useState(false);
  const setActive = (next: number | null | ((current: number | null) => number | null)) => {
    setNarrow(!window.matchMedia("(min-width: 640px)").matches);
    setActiveIndex(next);
  };
  const [focusIndex, setFocusIndex] = useState(days.length - 1);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const firstShown = Math.max(0, days.length - phoneDays);
  // The day as written for a reader: the UTC calendar day, in their language.
  const dayText = (date: string) =>
    new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${date}T00:00:00Z`),
    );
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const summary = (day: BarDay) =>
    [
      day.uptime === null ? t("dayNoData") : t("dayUptime", { value: number.format(day.uptime) }),
      day.incidents.length ? t("dayIncidents", { count: day.incidents.length }) : t("dayNoIncident"),
      ...(day.maintenance.length ? [t("dayMaintenance", { count: day.maintenance.length })] : []),
      ...(day.excluded ? [t("dayExcluded")] : []),
    ].join(", ");

  const move = (event: KeyboardEvent, index: number) => {
    const first = window.matchMedia("(min-width: 640px)").matches ? 0 : firstShown;
    const next =
      event.key === "ArrowLeft"
        ? Math.max(first, index - 1)
        : event.key === "ArrowRight"
          ? Math.min(days.length - 1, index + 1)
          : event.key === "Home"
            ? first
            : event.key === "End"
              ? days.length - 1
              : event.key === "Escape"
                ? -1
                : null;
    if (next === null) return;
    event.preventDefault();
    if (next === -1) return setActive(null);
    setFocusIndex(next);
    setActive(next);
    buttons.current[next]?.focus();
  };

  const shown = active === null ? null : days[active];
  // The panel follows the day, kept inside the row at both ends.
  const position =
    active === null
      ? 0
      : narrow
        ? ((Math.max(active, firstShown) - firstShown + 0.5) / (days.length - firstShown)) * 100
        : ((active + 0.5) / days.length) * 100;

  return (
    <div className="relative" onPointerLeave={(event) => event.pointerType === "mouse" && setActive(null)}>
      <div role="group" aria-label={name} className="flex h-9 items-stretch gap-px sm:gap-[2px]">
        {days.map((day, index) => {
          const band = dayBand(day.uptime);
          return (
            <button
              key={day.date}
              ref={(node) => {
                buttons.current[index] = node;
              }}
              type="button"
              tabIndex={index === focusIndex ? 0 : -1}
              aria-label={t("dayLabel", { name, date: dayText(day.date), summary: summary(day) })}
              aria-describedby={active === index ? panelId : undefined}
              aria-expanded={active === index}
              data-band={band}
              data-date={day.date}
              data-excluded={day.excluded || undefined}
              data-testid="uptime-day"
              onPointerEnter={(event) => event.pointerType === "mouse" && setActive(index)}
              onFocus={() => {
                setFocusIndex(index);
                setActive(index);
              }}
              onBlur={() => setActive((current) => (current === index ? null : current))}
              onClick={() => setActive((current) => (current === index ? null : index))}
              onKeyDown={(event) => move(event, index)}
              className={cn(
                "min-w-0 flex-1 rounded-[2px] transition-opacity outline-none hover:opacity-80 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background",
                bandClass[band],
                index < firstShown && "hidden sm:block",
                day.incidents.length > 0 && band === "operational" && "bg-success/70",
                day.excluded && "shadow-[inset_0_3px_0_var(--color-info)]",
                active === index && "opacity-80 ring-2 ring-ring",
              )}
            />
          );
        })}
      </div>
      {shown && (
        <div
          id={panelId}
          role="tooltip"
          data-testid="uptime-tooltip"
          className="pointer-events-none absolute bottom-full z-20 mb-2 w-64 max-w-[calc(100vw-2rem)] -translate-x-1/2 rounded-lg border bg-popover p-3 text-left text-sm text-popover-foreground shadow-lg"
          style={{ left: `clamp(8rem, ${position}%, calc(100% - 8rem))` }}
        >
          <p className="font-medium">{dayText(shown.date)}</p>
          <p className="mt-1 text-muted-foreground tabular-nums">
            {shown.uptime === null ? t("dayNoData") : t("dayUptime", { value: number.format(shown.uptime) })}
          </p>
          {shown.maintenance.length > 0 && (
            <ul className="mt-2 flex flex-col gap-1 border-t pt-2" data-testid="uptime-tooltip-maintenance">
              {shown.maintenance.map((title, i) => (
                <li key={i} className="line-clamp-2 break-words">
                  {t("dayMaintenanceTitle", { title })}
                </li>
              ))}
              {shown.excluded && <li className="text-xs text-muted-foreground">{t("dayExcluded")}</li>}
            </ul>
          )}
          {shown.incidents.length === 0 ? (
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
