import "server-only";
import { db } from "../../db";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { writeAudit } from "../../audit";
import type { PlanInput } from "./schemas";
import { ENTITY, assertSlugFree, rethrow } from "./plan-rows";
import { invalidatePricing } from "./cache";

/** Creates a plan at the end of the display order. */
export async function createPlan(actor: Actor, input: PlanInput) {
  assertCan(actor, "plans:write");
  try {
    const plan = await db.$transaction(async (tx) => {
      await assertSlugFree(tx, input.slug);
      const last = await tx.hostingPlan.aggregate({ _max: { sortOrder: true } });
      const plan = await tx.hostingPlan.create({ data: { ...input, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
      await writeAudit(tx, { actorId: actor.id, action: "plan.create", entity: ENTITY, entityId: plan.id, after: plan });
      return plan;
    });
    invalidatePricing();
    return plan;
  } catch (error) {
    rethrow(error);
  }
}
