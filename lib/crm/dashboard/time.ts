/** Calendar days in the team's time zone, for "today" on the dashboard. Pure: no database. */

/** The day the team works in: "today" on the dashboard is a day in Paris. */
export const businessTimeZone = "Europe/Paris";

function zonedParts(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetOf(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of midnight starting a wall-clock day in `timeZone` (daylight-saving days included). */
function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day);
  const first = wall - offsetOf(new Date(wall), timeZone);
  return new Date(wall - offsetOf(new Date(first), timeZone));
}

/** Start and end (exclusive) of the calendar day holding `now` in `timeZone`. */
export function dayBounds(now: Date, timeZone = businessTimeZone): { start: Date; end: Date } {
  const { year, month, day } = zonedParts(now, timeZone);
  return { start: zonedMidnight(year, month, day, timeZone), end: zonedMidnight(year, month, day + 1, timeZone) };
}
