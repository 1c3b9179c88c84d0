import { getTranslations } from "next-intl/server";
import { utcDayFormat } from "@/lib/format";
import { dayBand } from "@/lib/status-page/state";
import { phoneDays, UptimeDayDetails, type BarDay } from "./uptime-day-details";

export type { BarDay };

/**
 * A service's days as bars, one tab stop. The bars and their labels are rendered here, on the
 * server, once per cached page: the browser hydrates plain buttons, and formats only the day a
 * reader points at (`UptimeDayDetails`, which also handles the keys).
 */
export async function UptimeBars({ name, days, locale }: { name: string; days: BarDay[]; locale: string }) {
  const t = await getTranslations("statusPage");
  const dayText = utcDayFormat(locale);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const summary = (day: BarDay) =>
    [
      day.uptime === null ? t("dayNoData") : t("dayUptime", { value: number.format(day.uptime) }),
      day.incidents.length ? t("dayIncidents", { count: day.incidents.length }) : t("dayNoIncident"),
      ...(day.maintenance.length ? [t("dayMaintenance", { count: day.maintenance.length })] : []),
      ...(day.excluded ? [t("dayExcluded")] : []),
    ].join(", ");
  const firstShown = Math.max(0, days.length - phoneDays);
  return (
    <UptimeDayDetails name={name} days={days}>
      {days.map((day, index) => (
        <button
          key={day.date}
          type="button"
          tabIndex={index === days.length - 1 ? 0 : -1}
          aria-label={t("dayLabel", { name, date: dayText(day.date), summary: summary(day) })}
          data-band={dayBand(day.uptime)}
          data-date={day.date}
          // Only the attributes a day has: each is sent twice (the HTML and the page's data for React).
          {...(day.incidents.length > 0 && { "data-incidents": "" })}
          {...(day.excluded && { "data-excluded": "" })}
          data-testid="uptime-day"
          className={index < firstShown ? "uptime-bar hidden sm:block" : "uptime-bar"}
        />
      ))}
    </UptimeDayDetails>
  );
}
