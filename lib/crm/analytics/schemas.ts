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

const day = z.iso.date();

/** The period a figure covers (UTC days, both included) and the same-length period before it. */
const rangeSchema = z.object({ from: day, to: day, days: z.number().int(), previousFrom: day, previousTo: day });

/**
 * A headline figure with the same figure over the previous period: `change` is relative for counts
 * and amounts (0.25 = +25 %) and absolute for rates (0.05 = +5 points); null with nothing to compare.
 */
const kpiSchema = z
  .object({ value: z.number().nullable(), previous: z.number().nullable(), change: z.number().nullable() })
  .meta({ example: { value: 12, previous: 8, change: 0.5 } });

const conversionRow = z.object({
  key: z.string().meta({ description: "The source, stage, seller id (`none`: unassigned), first day of the week or month, or `total`" }),
  label: z.string().nullable().optional().meta({ description: "by=seller: the seller's name; null for unassigned leads" }),
  created: z.number().int(),
  won: z.number().int(),
  lost: z.number().int(),
  conversionRate: z.number().nullable().meta({ description: "won ÷ (won + lost); null when none closed" }),
  wonValueCents: z.number().int(),
  valueCents: z.number().int().optional().meta({ description: "by=stage: value of the leads now in the stage" }),
});

export const conversionResponse = z.object({
  range: rangeSchema,
  by: z.enum(conversionGroups),
  period: z.enum(["week", "month"]).optional(),
  groups: z.array(conversionRow),
  total: conversionRow,
});

export const overviewResponse = z.object({
  range: rangeSchema,
  sales: z
    .object({
      newLeads: kpiSchema,
      conversionRate: kpiSchema.extend({ won: z.number().int(), lost: z.number().int() }),
      pipeline: kpiSchema.extend({
        count: z.number().int(),
        previousCount: z.number().int(),
        stages: z.array(z.object({ stage: z.string(), count: z.number().int(), valueCents: z.number().int() })),
      }),
      wonThisMonth: kpiSchema.extend({
        month: z.string().meta({ example: "2026-12" }),
        count: z.number().int(),
        previousCount: z.number().int(),
      }),
      overdueActivities: z.object({ value: z.number().int(), mine: z.number().int() }),
    })
    .nullable()
    .meta({ description: "Sales figures; null for support, who see the tickets part only" }),
  tickets: z.object({
    open: z.number().int(),
    urgentOpen: z.number().int(),
    breachedOpen: z.number().int(),
    opened: kpiSchema,
  }),
});
