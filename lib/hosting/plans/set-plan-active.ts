import "server-only";
import { db } from "../../db";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { writeAudit } from "../../audit";
import { ENTITY, findOrThrow } from "./plan-rows";
import { invalidatePricing } from "./cache";

/** Shows or hides a plan on the pricing page; requests already made keep it. */
export async function setPlanActive(actor: Actor, id: string, active: boolean) {
  assertCan(actor, "plans:write");
  const result = await db.$transaction(async (tx) => {
    const before = await findOrThrow(tx, id);
    const plan = await tx.hostingPlan.update({ where: { id }, data: { active } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: active ? "plan.activate" : "plan.deactivate",
      entity: ENTITY,
      entityId: id,
      before: { active: before.active },
      after: { active: plan.active },
    });
    return plan;
  });
  invalidatePricing();
  return result;
}
