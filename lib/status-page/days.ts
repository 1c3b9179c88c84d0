/** The status page's days: UTC calendar days, oldest first, and the incidents that touched each. */

const DAY = 86_400_000;
export const statusDays = 90;

/** `YYYY-MM-DD` of a UTC day. */
export const dayKey = (date: Date | number) => new Date(date).toISOString().slice(0, 10);

/** The first instant of the oldest of the `count` UTC days ending with today's. */
export function firstDay(now: Date, count = statusDays): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (count - 1) * DAY);
}

/** The `count` UTC days ending with today's, oldest first, as `YYYY-MM-DD`. */
export function dayKeys(now: Date, count = statusDays): string[] {
  const start = firstDay(now, count).getTime();
  return Array.from({ length: count }, (_, i) => dayKey(start + i * DAY));
}

/** Whether an incident open from `start` to `end` (null: still open at `now`) touched the UTC day `day`. */
export function touchesDay(day: string, start: Date | string, end: Date | string | null, now: Date): boolean {
  const from = Date.parse(`${day}T00:00:00.000Z`);
  const to = from + DAY;
  const opened = new Date(start).getTime();
  const closed = end === null ? now.getTime() : new Date(end).getTime();
  return opened < to && closed >= from;
}
