import { getTranslations } from "next-intl/server";
import { escapeHtml } from "@/lib/escape-html";
import { utcDayFormat } from "@/lib/format";
import { dayBand } from "@/lib/status-page/state";
import { phoneDays, UptimeDayDetails, type BarDay } from "./uptime-day-details";

export type { BarDay };

/**
 * A service's days as bars, one tab stop. The bars and their labels are written here, on the server,
 * once per cached page, as the row's HTML: React neither sends them as elements nor hydrates them
 * (90 buttons a service), and `UptimeDayDetails` handles their events on the row, formatting only
 * the day a reader points at.
 */
export async function UptimeBars({ name, days, locale }: { name: string; days: BarDay[]; locale: string }) {
  const t = await getTranslations("statusPage");
  const dayText = utcDayFormat(locale);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const summary = (day: BarDay) =>
    [
      day.uptime === null ? t("dayNoData") : t("dayUptime", { value: number.format(day.uptime) }),
      day.incidents?.length ? t("dayIncidents", { count: day.incidents.length }) : t("dayNoIncident"),
      ...(day.maintenance?.length ? [t("dayMaintenance", { count: day.maintenance.length })] : []),
      ...(day.excluded ? [t("dayExcluded")] : []),
    ].join(", ");
  const firstShown = Math.max(0, days.length - phoneDays);
  const bars = days
    .map((day, index) => {
      const label = escapeHtml(t("dayLabel", { name, date: dayText(day.date), summary: summary(day) }));
      // The last day is the row's tab stop; a phone shows the last month only.
      const attributes = [
        `type="button"`,
        `tabindex="${index === days.length - 1 ? 0 : -1}"`,
        `aria-label="${label}"`,
        `data-band="${dayBand(day.uptime)}"`,
        `data-date="${escapeHtml(day.date)}"`,
        ...(day.incidents?.length ? [`data-incidents=""`] : []),
        ...(day.excluded ? [`data-excluded=""`] : []),
        `data-testid="uptime-day"`,
        `class="${index < firstShown ? "uptime-bar hidden sm:block" : "uptime-bar"}"`,
      ];
      return `<button ${attributes.join(" ")}></button>`;
    })
    .join("");
  return <UptimeDayDetails name={name} days={days} barsHtml={bars} />;
}
