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

export function ticketReference(number: number): string {
  return `TK-${String(number).padStart(6, "0")}`;
}
