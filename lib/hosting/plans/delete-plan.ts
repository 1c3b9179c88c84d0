import "server-only";
import { db } from "../../db";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { writeAudit } from "../../audit";
import { AppError } from "../../errors";
import { ENTITY, findOrThrow } from "./plan-rows";
import { invalidatePricing } from "./cache";

/** Deletes a plan no hosting request uses; one in use can only be deactivated. */
export async function deletePlan(actor: Actor, id: string) {
  assertCan(actor, "plans:write");
  await db.$transaction(async (tx) => {
    const before = await findOrThrow(tx, id);
    const inUse = await tx.hostingRequest.count({ where: { planId: id } });
    if (inUse > 0) {
      throw new AppError(
        "CONFLICT",
        `This plan is used by ${inUse} hosting request${inUse > 1 ? "s" : ""} and cannot be deleted: deactivate it instead.`,
        undefined,
        { reason: "planInUse", requests: inUse },
      );
    }
    await tx.hostingPlan.delete({ where: { id } });
    await writeAudit(tx, { actorId: actor.id, action: "plan.delete", entity: ENTITY, entityId: id, before });
  });
  invalidatePricing();
}
