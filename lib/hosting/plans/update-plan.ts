import "server-only";
import { db } from "../../db";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { writeAudit } from "../../audit";
import type { PlanInput } from "./schemas";
import { ENTITY, assertSlugFree, findOrThrow, rethrow } from "./plan-rows";
import { invalidatePricing } from "./cache";

/** Replaces every editable value of a plan. */
export async function updatePlan(actor: Actor, id: string, input: PlanInput) {
  assertCan(actor, "plans:write");
  try {
    const plan = await db.$transaction(async (tx) => {
      const before = await findOrThrow(tx, id);
      await assertSlugFree(tx, input.slug, id);
      const plan = await tx.hostingPlan.update({ where: { id }, data: input });
      await writeAudit(tx, { actorId: actor.id, action: "plan.update", entity: ENTITY, entityId: id, before, after: plan });
      return plan;
    });
    invalidatePricing();
    return plan;
  } catch (error) {
    rethrow(error);
  }
}
