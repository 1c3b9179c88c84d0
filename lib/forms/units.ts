/**
 * Some values are kept in one unit and typed in another: money in integer cents, typed in euros;
 * durations in whole minutes, typed in hours. Every such box converts through here.
 */

/** "19,99", "19.99" or "1 200 €" without its spaces and sign, with a decimal point. */
function cleanDecimal(text: string): string {
  return text.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
}

function numberOf(clean: string): number {
  return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
}

/** Euros typed, as cents; NaN when not a number. More than two decimals leave a fractional cent, which money schemas refuse. */
export function centsFromEuros(text: string): number {
  const clean = cleanDecimal(text);
  const cents = numberOf(clean) * 100;
  // Up to two decimals: whole cents, rounding float noise away.
  return /\.\d{3,}$/.test(clean) ? cents : Math.round(cents);
}

/** Cents as euros to edit, with two decimals and the locale's separator ("19,99"); empty when not a number. */
export function eurosFromCents(cents: number, locale: string): string {
  if (!Number.isFinite(cents)) return "";
  const text = (cents / 100).toFixed(2);
  return locale === "fr" ? text.replace(".", ",") : text;
}

/** Hours typed, as whole minutes; NaN when not a number. */
export function minutesFromHours(text: string): number {
  return Math.round(numberOf(cleanDecimal(text)) * 60);
}

/** Minutes as hours to edit ("1,5"); empty when not a number. */
export function hoursFromMinutes(minutes: number, locale: string): string {
  if (!Number.isFinite(minutes)) return "";
  const text = String(Number((minutes / 60).toFixed(4)));
  return locale === "fr" ? text.replace(".", ",") : text;
}

/** The units a box may be typed in: how its text is read, and how a held value is written back. */
export const typedUnits = {
  /** Held in cents. */
  euros: { read: centsFromEuros, write: eurosFromCents },
  /** Held in minutes. */
  hours: { read: minutesFromHours, write: hoursFromMinutes },
} as const;
export type TypedUnit = keyof typeof typedUnits;
