import { z } from "zod";
import { maintenanceRecurrences } from "./schemas";

/** The answers of the maintenance routes, as the OpenAPI document describes them. */

const isoDate = z.string().describe("ISO 8601, UTC");
const occurrence = z.object({ start: isoDate, end: isoDate }).nullable().describe("in progress, or the next one; null when over");

const windowBase = {
  id: z.string(),
  title: z.string(),
  message: z.string().nullable(),
  startsAt: isoDate.describe("the first occurrence"),
  endsAt: isoDate,
  recurrence: z.enum(maintenanceRecurrences),
  repeatUntil: isoDate.nullable().describe("the last day an occurrence may start on (Europe/Paris)"),
  excludeFromUptime: z.boolean(),
  cancelledAt: isoDate.nullable(),
  createdById: z.string().nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
};

export const maintenanceResponse = z.object({ ...windowBase, services: z.array(z.object({ serviceId: z.string() })) }).loose();

const listed = z
  .object({
    ...windowBase,
    phase: z.enum(["inProgress", "upcoming", "ended", "cancelled"]),
    next: occurrence,
    services: z.array(z.object({ service: z.object({ id: z.string(), nameFr: z.string(), nameEn: z.string() }) })),
  })
  .loose();

export const maintenanceDetailResponse = listed;

export const maintenanceListResponse = z.object({
  items: z.array(listed),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.object({ inProgress: z.number().int(), upcoming: z.number().int(), past: z.number().int() }),
});
