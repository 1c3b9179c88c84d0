import "server-only";
import type { Tx } from "../db";
import { AppError } from "../errors";
import { parseWhen } from "./recurrence";
import { maintenanceTimeZone, type Maintenance } from "./schemas";

/** The row's values of a validated window: instants in UTC, the last day only when it repeats. */
export async function maintenanceData(tx: Tx, input: Maintenance) {
  const services = await tx.statusService.count({ where: { id: { in: input.serviceIds }, published: true } });
  if (services !== input.serviceIds.length) {
    throw new AppError("VALIDATION", "Choose services shown on the status page.", { serviceIds: ["unknownService"] });
  }
  return {
    title: input.title,
    message: input.message,
    startsAt: parseWhen(input.startsAt, maintenanceTimeZone)!,
    endsAt: parseWhen(input.endsAt, maintenanceTimeZone)!,
    recurrence: input.recurrence,
    repeatUntil: input.recurrence !== "NONE" && input.repeatUntil ? new Date(`${input.repeatUntil}T00:00:00.000Z`) : null,
    excludeFromUptime: input.excludeFromUptime,
  };
}

export const withServices = { services: { select: { serviceId: true } } } as const;
