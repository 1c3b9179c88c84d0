/** Formatting shared by server and client, in the UI's locale. */
export function formatMoney(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-IE", { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** Who reads a date: their language and their time zone (`useDateFormat()`, `getDateFormat()`). */
export type DateFormat = { locale: string; timeZone: string };

export function formatDate(date: Date | string, { locale, timeZone }: DateFormat, withTime = false): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone,
  }).format(new Date(date));
}

/** A calendar day (`2026-12-06`, a UTC day) written out in full for a reader: "6 décembre 2026". */
export function utcDayFormat(locale: string): (day: string) => string {
  const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (day) => format.format(new Date(`${day}T00:00:00Z`));
}

export function ticketReference(number: number): string {
  return `TK-${String(number).padStart(6, "0")}`;
}
