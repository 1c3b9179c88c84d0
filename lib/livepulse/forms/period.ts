import { z } from "zod";
import { isSaneInstant } from "../../input";

export const periodPresets = ["24h", "7d", "30d"] as const;
export type PeriodPreset = (typeof periodPresets)[number];
export const defaultPreset: PeriodPreset = "7d";
/** The longest custom period: beyond it a page of figures stops meaning much, and the query grows. */
export const maxPeriodDays = 90;

const DAY = 86_400_000;
const presetMs: Record<PeriodPreset, number> = { "24h": DAY, "7d": 7 * DAY, "30d": 30 * DAY };
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** A day (`2026-11-20`, UTC) or an instant (ISO 8601); a day as the end means the whole of it. */
const boundary = (end: boolean) =>
  z
    .string()
    .trim()
    .refine((value) => isSaneInstant(new Date(value)), "invalidDate")
    .transform((value) => {
      const date = new Date(value);
      return end && dateOnly.test(value) ? new Date(date.getTime() + DAY) : date;
    });

/** `?period=7d`, or `?from=…&to=…` for a custom period (from before to, at most 90 days). */
export const formAnalyticsQuery = z
  .object({
    period: z.enum(periodPresets).optional(),
    from: boundary(false).optional(),
    to: boundary(true).optional(),
  })
  .superRefine((query, ctx) => {
    if (!query.from !== !query.to) ctx.addIssue({ code: "custom", path: [query.from ? "to" : "from"], message: "required" });
    // A boundary that failed its own check arrives here as the text it was sent, not a date.
    if (query.from instanceof Date && query.to instanceof Date) {
      if (query.from >= query.to) ctx.addIssue({ code: "custom", path: ["to"], message: "periodOrder" });
      else if (query.to.getTime() - query.from.getTime() > maxPeriodDays * DAY)
        ctx.addIssue({ code: "custom", path: ["to"], message: "periodTooLong" });
    }
  });
export type FormAnalyticsQuery = z.infer<typeof formAnalyticsQuery>;

export type ResolvedPeriod = { preset: PeriodPreset | "custom"; from: Date; to: Date };

/** The period a query names, ending now for a preset. */
export function resolvePeriod(query: FormAnalyticsQuery, now = new Date()): ResolvedPeriod {
  if (query.from && query.to) return { preset: "custom", from: query.from, to: query.to };
  const preset = query.period ?? defaultPreset;
  return { preset, from: new Date(now.getTime() - presetMs[preset]), to: now };
}

const HOUR = 3_600_000;

/**
 * The whole UTC days of [from, to) whose funnel figures come from their summaries (FormDay): those
 * that ended an hour ago or more, so that no write still running since the day before can change
 * them unseen. None: both bounds at `to`.
 */
export function wholeDays(from: Date, to: Date, now: Date): { from: Date; to: Date } {
  const first = Math.ceil(from.getTime() / DAY) * DAY;
  const last = Math.min(Math.floor(to.getTime() / DAY) * DAY, Math.floor((now.getTime() - HOUR) / DAY) * DAY);
  return last > first ? { from: new Date(first), to: new Date(last) } : { from: to, to };
}
