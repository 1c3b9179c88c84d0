/** Formatting shared by server and client, in the UI's locale. */

/**
 * Making an `Intl` formatter costs far more than using one (a list of 25 leads made 75 of them per
 * render, a tenth of the page's server time): one per language, zone and style, kept for the
 * process. Zones are the readers' own, a few hundred at most.
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat;
const formatters = new Map<string, Formatter>();

function kept<T extends Formatter>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatMoney(cents: number, locale: string): string {
  const intlLocale = locale === "fr" ? "fr-FR" : "en-IE";
  return kept(`money ${intlLocale}`, () => new Intl.NumberFormat(intlLocale, { style: "currency", currency: "EUR" })).format(cents / 100);
}

/** "yesterday", "in 3 days": the language's relative times, one formatter per language. */
export function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  return kept(`relative ${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
}

/** Who reads a date: their language and their time zone (`useDateFormat()`, `getDateFormat()`). */
export type DateFormat = { locale: string; timeZone: string };

export function formatDate(date: Date | string, { locale, timeZone }: DateFormat, withTime = false): string {
  const intlLocale = locale === "fr" ? "fr-FR" : "en-GB";
  const format = kept(
    `date ${intlLocale} ${timeZone} ${withTime}`,
    () => new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium", ...(withTime ? { timeStyle: "short" } : {}), timeZone }),
  );
  return format.format(new Date(date));
}

/** A calendar day (`2026-12-06`, a UTC day) written out in full for a reader: "6 décembre 2026". */
export function utcDayFormat(locale: string): (day: string) => string {
  const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (day) => format.format(new Date(`${day}T00:00:00Z`));
}

export function ticketReference(number: number): string {
  return `TK-${String(number).padStart(6, "0")}`;
}
