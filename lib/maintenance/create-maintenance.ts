import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { publishMaintenanceChange } from "../status-page/events";
import { maintenanceData, withServices } from "./save-maintenance";
import type { Maintenance } from "./schemas";

/** Schedules a maintenance window on published services, once or recurring; the status page announces it. */
export async function createMaintenance(actor: Actor, input: Maintenance) {
  assertCan(actor, "incidents:manage");
  const window = await db.$transaction(async (tx) => {
    const data = await maintenanceData(tx, input);
    const created = await tx.maintenanceWindow.create({
      data: { ...data, createdById: actor.id, services: { create: input.serviceIds.map((serviceId) => ({ serviceId })) } },
      include: withServices,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "maintenance.create",
      entity: "MaintenanceWindow",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  await publishMaintenanceChange(window);
  return window;
}
