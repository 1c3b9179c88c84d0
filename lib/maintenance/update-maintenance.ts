import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import { publishMaintenanceChange } from "../status-page/events";
import { maintenanceData, withServices } from "./save-maintenance";
import type { Maintenance } from "./schemas";

/** Changes a window that is not cancelled: its text, services, times, repetition and uptime rule. */
export async function updateMaintenance(actor: Actor, id: string, input: Maintenance) {
  assertCan(actor, "incidents:manage");
  const window = await db.$transaction(async (tx) => {
    const before = await tx.maintenanceWindow.findUnique({ where: { id }, include: withServices });
    if (!before) throw new AppError("NOT_FOUND", "This maintenance window does not exist.");
    if (before.cancelledAt) throw new AppError("CONFLICT", "This maintenance window is cancelled.");
    const data = await maintenanceData(tx, input);
    await tx.maintenanceService.deleteMany({ where: { maintenanceId: id } });
    const saved = await tx.maintenanceWindow.update({
      where: { id },
      data: { ...data, services: { create: input.serviceIds.map((serviceId) => ({ serviceId })) } },
      include: withServices,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "maintenance.update",
      entity: "MaintenanceWindow",
      entityId: id,
      before,
      after: saved,
    });
    return saved;
  });
  await publishMaintenanceChange(window);
  return window;
}
