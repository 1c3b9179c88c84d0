import { z } from "zod";
import { MaintenanceRecurrence } from "../generated/prisma/enums.ts";
import { calendarDay, isSaneInstant, isStorableText } from "../input";
import { pagination } from "../list-query";
import { defaultTimeZone } from "../time-zone";
import { dayOf, parseWhen, periodMinutes, wallClock } from "./recurrence";

export const maintenanceRecurrences = Object.values(MaintenanceRecurrence) as [MaintenanceRecurrence, ...MaintenanceRecurrence[]];

/** The zone recurring windows repeat in, and the one the forms' times are read in: the company's. */
export const maintenanceTimeZone = defaultTimeZone;
/** How far ahead the status page and the portal announce maintenance. */
export const announceDays = 7;

export const maintenanceTitleMax = 160;
export const maintenanceMessageMax = 2000;
/** A one-off window lasts two weeks at the most. */
const onceMaxMinutes = 14 * 24 * 60;

const id = z.string().trim().min(1, "required").max(40, "tooLong");
const when = z
  .string({ message: "invalidDate" })
  .trim()
  .max(40, "invalidDate")
  .refine((value) => {
    const at = parseWhen(value, maintenanceTimeZone);
    return at !== null && isSaneInstant(at);
  }, "invalidDate");

/**
 * A maintenance window as staff write it. Times are `YYYY-MM-DDTHH:mm` on the company's clock
 * (Europe/Paris), or ISO 8601 with an offset. A recurring window repeats its first occurrence
 * (`startsAt` to `endsAt`) every day, week or month at the same wall-clock time, until `repeatUntil`
 * (a day on the same clock) when given.
 */
export const maintenanceSchema = z
  .object({
    title: z.string().trim().min(3, "tooShort").max(maintenanceTitleMax, "tooLong").refine(isStorableText, "unstorableText"),
    message: z
      .string()
      .trim()
      .max(maintenanceMessageMax, "tooLong")
      .refine(isStorableText, "unstorableText")
      .nullish()
      .transform((value) => value || null),
    serviceIds: z
      .array(id, { message: "required" })
      .max(50, "tooMany")
      .transform((values) => [...new Set(values)])
      .refine((values) => values.length > 0, "required"),
    startsAt: when,
    endsAt: when,
    recurrence: z.enum(maintenanceRecurrences, { message: "required" }).default("NONE"),
    repeatUntil: z.preprocess((raw) => (raw === "" ? null : raw), calendarDay.nullish()).transform((value) => value ?? null),
    excludeFromUptime: z.boolean({ message: "required" }).default(false),
  })
  .superRefine((input, ctx) => {
    const start = parseWhen(input.startsAt, maintenanceTimeZone);
    const end = parseWhen(input.endsAt, maintenanceTimeZone);
    if (!start || !end) return;
    const minutes = (end.getTime() - start.getTime()) / 60_000;
    if (minutes <= 0) ctx.addIssue({ code: "custom", message: "endBeforeStart", path: ["endsAt"] });
    const longest = periodMinutes(input.recurrence) ?? onceMaxMinutes;
    if (minutes > longest) ctx.addIssue({ code: "custom", message: "tooLongForRecurrence", path: ["endsAt"] });
    if (input.recurrence !== "NONE" && input.repeatUntil && input.repeatUntil < dayOf(wallClock(start, maintenanceTimeZone))) {
      ctx.addIssue({ code: "custom", message: "untilBeforeStart", path: ["repeatUntil"] });
    }
  });
export type MaintenanceInput = z.input<typeof maintenanceSchema>;
export type Maintenance = z.output<typeof maintenanceSchema>;

export const maintenanceIdParams = z.object({ id });

export const maintenanceTabs = ["current", "past"] as const;

/** The staff list: upcoming and in progress (`current`), or over and cancelled (`past`), 20 a page. */
export const maintenanceListQuery = z.object({
  tab: z.enum(maintenanceTabs).catch("current").default("current"),
  ...pagination(20, 100),
});
export type MaintenanceListQuery = z.output<typeof maintenanceListQuery>;
