import type { DateFormat } from "../format";

/** An occurrence as its reader says it, in their language and time zone: `12 Dec 2026, 22:00 – 23:30`. */
export function formatOccurrence(start: Date | string, end: Date | string, { locale, timeZone }: DateFormat): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).formatRange(
    new Date(start),
    new Date(end),
  );
}
