/**
 * Maintenance on the status page, pure: each window's occurrences over a period, the time uptime
 * leaves out per monitor, what each day's bar says, and what is announced ahead.
 */
import { occurrencesBetween, type Occurrence, type RecurrenceName, type WindowRule } from "./recurrence";

const DAY = 86_400_000;

export type StatusWindow = {
  id: string;
  title: string;
  message: string | null;
  recurrence: RecurrenceName;
  excludeFromUptime: boolean;
  /** The published services it touches. */
  serviceIds: string[];
  rule: WindowRule;
};

export type ExpandedWindow = StatusWindow & { occurrences: Occurrence[] };

/** Each window with its occurrences overlapping `[from, to)`; windows without any are left out. */
export function expandWindows(windows: readonly StatusWindow[], from: Date, to: Date, timeZone: string): ExpandedWindow[] {
  return windows
    .map((window) => ({ ...window, occurrences: occurrencesBetween(window.rule, from, to, timeZone) }))
    .filter((window) => window.occurrences.length > 0);
}

export type Exclusion = { checkId: string; start: Date; end: Date };

/**
 * The time uptime leaves out, per monitor: the occurrences of windows with `excludeFromUptime` on
 * its service, cut to `[from, to)`. Windows without the flag count normally.
 */
export function uptimeExclusions(
  windows: readonly ExpandedWindow[],
  checkOf: ReadonlyMap<string, string>,
  from: Date,
  to: Date,
): Exclusion[] {
  return windows
    .filter((window) => window.excludeFromUptime)
    .flatMap((window) =>
      window.serviceIds.flatMap((serviceId) => {
        const checkId = checkOf.get(serviceId);
        if (!checkId) return [];
        return window.occurrences
          .map((o) => ({
            checkId,
            start: new Date(Math.max(o.start.getTime(), from.getTime())),
            end: new Date(Math.min(o.end.getTime(), to.getTime())),
          }))
          .filter((o) => o.end > o.start);
      }),
    );
}

/** The maintenance of a service on a UTC day (`YYYY-MM-DD`): the windows that touched it, and whether uptime left some of it out. */
export function dayMaintenance(windows: readonly ExpandedWindow[], serviceId: string, day: string): { ids: string[]; excluded: boolean } {
  const from = Date.parse(`${day}T00:00:00.000Z`);
  const to = from + DAY;
  const touching = windows.filter(
    (window) => window.serviceIds.includes(serviceId) && window.occurrences.some((o) => o.start.getTime() < to && o.end.getTime() > from),
  );
  return { ids: touching.map((w) => w.id), excluded: touching.some((w) => w.excludeFromUptime) };
}

/** The occurrences of a window from `now` on (one in progress included), within `until`. */
export function ahead(window: ExpandedWindow, now: Date, until: Date): Occurrence[] {
  return window.occurrences.filter((o) => o.end.getTime() > now.getTime() && o.start.getTime() < until.getTime());
}
