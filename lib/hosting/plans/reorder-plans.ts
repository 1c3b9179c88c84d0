import "server-only";
import { db } from "../../db";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { writeAudit } from "../../audit";
import { AppError } from "../../errors";
import { ENTITY, notFound } from "./plan-rows";
import { displayOrder } from "./queries";
import { invalidatePricing } from "./cache";

/** Puts the plans in the given order; the list must name every plan once. */
export async function reorderPlans(actor: Actor, ids: string[]) {
  assertCan(actor, "plans:write");
  const result = await db.$transaction(async (tx) => {
    const plans = await tx.hostingPlan.findMany({ orderBy: displayOrder, select: { id: true, sortOrder: true } });
    const known = new Set(plans.map((p) => p.id));
    if (ids.some((id) => !known.has(id))) throw notFound();
    if (new Set(ids).size !== ids.length || ids.length !== plans.length) {
      throw new AppError("VALIDATION", "The new order must list every plan exactly once.", { ids: ["invalid"] });
    }
    const position = new Map(ids.map((id, index) => [id, index + 1]));
    for (const plan of plans) {
      const sortOrder = position.get(plan.id)!;
      if (plan.sortOrder !== sortOrder) await tx.hostingPlan.update({ where: { id: plan.id }, data: { sortOrder } });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "plan.reorder",
      entity: ENTITY,
      entityId: "*",
      before: plans.map((p) => p.id),
      after: ids,
    });
    return ids;
  });
  invalidatePricing();
  return result;
}
