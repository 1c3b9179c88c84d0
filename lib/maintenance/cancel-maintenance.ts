import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import { publishMaintenanceChange } from "../status-page/events";
import { withServices } from "./save-maintenance";

/**
 * Cancels a window: no occurrence starts from now on, one in progress ends now. The row stays, so
 * past occurrences keep their place in the uptime bars and the history.
 */
export async function cancelMaintenance(actor: Actor, id: string, now = new Date()) {
  assertCan(actor, "incidents:manage");
  const window = await db.$transaction(async (tx) => {
    const before = await tx.maintenanceWindow.findUnique({ where: { id }, include: withServices });
    if (!before) throw new AppError("NOT_FOUND", "This maintenance window does not exist.");
    if (before.cancelledAt) throw new AppError("CONFLICT", "This maintenance window is already cancelled.");
    const saved = await tx.maintenanceWindow.update({ where: { id }, data: { cancelledAt: now }, include: withServices });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "maintenance.cancel",
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
