/**
 * Maintenance windows' occurrences, pure. A window happens once, or repeats the first occurrence's
 * wall-clock time in a time zone: every day, every week (same weekday), or every month (same day of
 * the month; the last day of a shorter month), each occurrence lasting as long as the first, until a
 * last day (in that zone) if there is one. Across a DST change the wall-clock time holds: a time the
 * clocks skip moves forward by the gap, a time they repeat is its first instance.
 */

export type RecurrenceName = "NONE" | "DAILY" | "WEEKLY" | "MONTHLY";

export type WindowRule = {
  /** The first occurrence. */
  startsAt: Date;
  endsAt: Date;
  recurrence: RecurrenceName;
  /** The last day an occurrence may start on, `YYYY-MM-DD` in the zone; null: no end. */
  repeatUntil: string | null;
  /** Occurrences from this instant on do not happen; one in progress ends there. */
  cancelledAt?: Date | null;
};

export type Occurrence = { start: Date; end: Date };

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

const DAY = 86_400_000;
/** Enough for ten years of daily occurrences in one period; a guard, never reached by the page's periods. */
const maxSteps = 4000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of `timeZone` at an instant (to the minute). */
export function wallClock(instant: Date | number, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute };
}

const asUtc = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
/** The zone's offset from UTC at an instant, in milliseconds (minutes precision). */
const offsetAt = (instant: number, timeZone: string) => asUtc(wallClock(instant, timeZone)) - Math.floor(instant / 60_000) * 60_000;

/**
 * The instant a wall-clock time of `timeZone` names. Skipped times (spring forward) move forward by
 * the gap; repeated times (fall back) are their first instance.
 */
export function zonedInstant(w: WallClock, timeZone: string): Date {
  const guess = asUtc(w);
  const before = offsetAt(guess - DAY / 2, timeZone);
  const after = offsetAt(guess + DAY / 2, timeZone);
  const candidates = [guess - before, guess - after].filter((at) => asUtc(wallClock(at, timeZone)) === guess).sort((a, b) => a - b);
  // In a gap no candidate reads back: the offset before the change carries the time past it.
  return new Date(candidates[0] ?? guess - before);
}

/** `YYYY-MM-DD` of a wall clock. */
export const dayOf = (w: { year: number; month: number; day: number }) =>
  `${String(w.year).padStart(4, "0")}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The `n`th occurrence's wall-clock start (0 is the first). */
function nthStart(first: WallClock, recurrence: RecurrenceName, n: number): WallClock {
  if (recurrence === "MONTHLY") {
    const months = first.month - 1 + n;
    const year = first.year + Math.floor(months / 12);
    const month = (months % 12) + 1;
    return { ...first, year, month, day: Math.min(first.day, daysInMonth(year, month)) };
  }
  const step = recurrence === "WEEKLY" ? 7 : 1;
  const date = new Date(Date.UTC(first.year, first.month - 1, first.day + n * step));
  return { ...first, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The shortest time between two occurrences' starts: a window may not last longer. */
export function periodMinutes(recurrence: RecurrenceName): number | null {
  if (recurrence === "DAILY") return 24 * 60 - 60;
  if (recurrence === "WEEKLY") return 7 * 24 * 60 - 60;
  if (recurrence === "MONTHLY") return 28 * 24 * 60 - 60;
  return null;
}

/** The occurrences of a window that overlap `[from, to)`, in order. */
export function occurrencesBetween(rule: WindowRule, from: Date, to: Date, timeZone: string): Occurrence[] {
  const duration = rule.endsAt.getTime() - rule.startsAt.getTime();
  const cancelled = rule.cancelledAt?.getTime() ?? Infinity;
  const clip = (start: number): Occurrence | null => {
    const end = Math.min(start + duration, cancelled);
    if (start >= cancelled || end <= start) return null;
    return end > from.getTime() && start < to.getTime() ? { start: new Date(start), end: new Date(end) } : null;
  };
  if (duration <= 0) return [];
  if (rule.recurrence === "NONE") {
    const once = clip(rule.startsAt.getTime());
    return once ? [once] : [];
  }
  const first = wallClock(rule.startsAt, timeZone);
  // Jump close to `from`: the steps before it cannot overlap it (a step is at least 28 days apart per month).
  const stepDays = rule.recurrence === "DAILY" ? 1 : rule.recurrence === "WEEKLY" ? 7 : 31;
  const skipped = Math.floor((from.getTime() - duration - rule.startsAt.getTime()) / (stepDays * DAY)) - 1;
  const found: Occurrence[] = [];
  for (let n = Math.max(0, skipped), steps = 0; steps < maxSteps; n += 1, steps += 1) {
    const wall = nthStart(first, rule.recurrence, n);
    if (rule.repeatUntil !== null && dayOf(wall) > rule.repeatUntil) break;
    const start = zonedInstant(wall, timeZone).getTime();
    if (start >= to.getTime() || start >= cancelled) break;
    const occurrence = clip(start);
    if (occurrence) found.push(occurrence);
  }
  return found;
}

/** The occurrence in progress at `now`, if any. */
export function occurrenceAt(rule: WindowRule, now: Date, timeZone: string): Occurrence | null {
  return occurrencesBetween(rule, now, new Date(now.getTime() + 1), timeZone)[0] ?? null;
}

/** The occurrence in progress at `now`, or else the next one; null when the window is over. */
export function currentOrNext(rule: WindowRule, now: Date, timeZone: string, horizonDays = 400): Occurrence | null {
  return occurrencesBetween(rule, now, new Date(now.getTime() + horizonDays * DAY), timeZone)[0] ?? null;
}

/** Where a window stands at `now`. */
export type Phase = "inProgress" | "upcoming" | "ended" | "cancelled";

export function phaseOf(rule: WindowRule, now: Date, timeZone: string): Phase {
  const next = currentOrNext(rule, now, timeZone);
  if (next) return next.start.getTime() <= now.getTime() ? "inProgress" : "upcoming";
  return rule.cancelledAt && rule.cancelledAt.getTime() <= now.getTime() ? "cancelled" : "ended";
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const isoWithZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A date and time as the forms and the API write them: `YYYY-MM-DDTHH:mm`, the wall clock of
 * `timeZone`, or ISO 8601 with `Z` or an offset. Null when it names no instant.
 */
export function parseWhen(value: string, timeZone: string): Date | null {
  const local = localPattern.exec(value);
  if (local) {
    const [year, month, day, hour, minute] = local.slice(1).map(Number);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return null;
    return zonedInstant({ year, month, day, hour, minute }, timeZone);
  }
  if (!isoWithZone.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** An instant as a form's `datetime-local` box shows it in `timeZone`. */
export function localInput(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${dayOf(w)}T${String(w.hour).padStart(2, "0")}:${String(w.minute).padStart(2, "0")}`;
}
