import { z } from "zod";
import { calendarDay, isCalendarDay } from "../../input";

/** The longest period the analytics accept, in days (two years). */
export const maxRangeDays = 731;
/** The default period: the last 30 days, today included. */
export const defaultRangeDays = 30;

const DAY = 86_400_000;

const optionalDay = z.preprocess((raw) => (raw === "" ? undefined : raw), calendarDay.optional());

function checkPeriod({ from, to }: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  // A malformed day has its own error already; the order of two days is checked only when both exist.
  if (!from || !to || !isCalendarDay(from) || !isCalendarDay(to)) return;
  if (from > to) {
    ctx.addIssue({ code: "custom", path: ["from"], message: "fromAfterTo" });
    return;
  }
  const days = (Date.parse(to) - Date.parse(from)) / DAY + 1;
  if (days > maxRangeDays) ctx.addIssue({ code: "custom", path: ["to"], message: "rangeTooLong" });
}

/** `from` and `to` are days in UTC, both included; either may be left out. */
export const periodQuery = z.object({ from: optionalDay, to: optionalDay }).superRefine(checkPeriod);
export type PeriodQuery = z.infer<typeof periodQuery>;

export type OverviewQuery = PeriodQuery;

export const conversionGroups = ["source", "stage", "seller", "period"] as const;
export type ConversionGroup = (typeof conversionGroups)[number];

export const conversionQuery = z
  .object({
    from: optionalDay,
    to: optionalDay,
    by: z.enum(conversionGroups).default("source"),
    /** Bucket size when `by=period`. */
    period: z.enum(["week", "month"]).default("month"),
  })
  .superRefine(checkPeriod);
export type ConversionQuery = z.infer<typeof conversionQuery>;

export const trendsQuery = z.object({
  weeks: z.coerce.number().int().min(1).max(104).default(12),
  months: z.coerce.number().int().min(1).max(36).default(12),
});
export type TrendsQuery = z.infer<typeof trendsQuery>;

/** A resolved period: `[start, end)` in UTC, with the same-length period just before it. */
export type Range = {
  from: string;
  to: string;
  start: Date;
  end: Date;
  days: number;
  previousStart: Date;
  previousEnd: Date;
};

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

/**
 * Fills in the missing ends: no `to` means today (UTC); no `from` means 30 days ending at `to`.
 * The previous period has the same number of days and ends where this one starts.
 */
export function resolveRange({ from, to }: PeriodQuery, now = new Date()): Range {
  const toDay = to ?? dayOf(now);
  const fromDay = from ?? dayOf(new Date(startOfDay(toDay).getTime() - (defaultRangeDays - 1) * DAY));
  const start = startOfDay(fromDay);
  const end = new Date(startOfDay(toDay).getTime() + DAY);
  const days = Math.round((end.getTime() - start.getTime()) / DAY);
  return {
    from: fromDay,
    to: toDay,
    start,
    end,
    days,
    previousStart: new Date(start.getTime() - days * DAY),
    previousEnd: start,
  };
}
