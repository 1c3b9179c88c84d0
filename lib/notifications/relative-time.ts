/**
 * How long ago something happened, in the unit a notification list shows: "just now" under a
 * minute (and for a clock slightly ahead), minutes, hours, days up to a week, then the date.
 */
export type Ago = { unit: "now" } | { unit: "minute" | "hour" | "day"; value: number } | { unit: "date" };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function ago(date: Date | string | number, now: Date | number): Ago {
  const elapsed = new Date(now).getTime() - new Date(date).getTime();
  if (elapsed < MINUTE) return { unit: "now" };
  if (elapsed < HOUR) return { unit: "minute", value: Math.floor(elapsed / MINUTE) };
  if (elapsed < DAY) return { unit: "hour", value: Math.floor(elapsed / HOUR) };
  if (elapsed < 7 * DAY) return { unit: "day", value: Math.floor(elapsed / DAY) };
  return { unit: "date" };
}
