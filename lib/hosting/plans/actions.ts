"use server";

import { revalidatePath } from "next/cache";
import { userActionClient } from "../../safe-action";
import { planActiveSchema, planIdSchema, planInputSchema, planReorderSchema, planUpdateSchema } from "./schemas";
import { createPlan } from "./create-plan";
import { deletePlan } from "./delete-plan";
import { reorderPlans } from "./reorder-plans";
import { setPlanActive } from "./set-plan-active";
import { updatePlan } from "./update-plan";

/** Thin adapters over lib/hosting/plans.ts: the service checks the permission (and drops the cached pricing page). */
function refresh() {
  revalidatePath("/admin/plans");
}

export const createPlanAction = userActionClient.inputSchema(planInputSchema).action(async ({ parsedInput, ctx }) => {
  const plan = await createPlan(ctx.user, parsedInput);
  refresh();
  return { id: plan.id, name: plan.name };
});

export const updatePlanAction = userActionClient.inputSchema(planUpdateSchema).action(async ({ parsedInput: { id, ...input }, ctx }) => {
  const plan = await updatePlan(ctx.user, id, input);
  refresh();
  return { id: plan.id, name: plan.name };
});

export const setPlanActiveAction = userActionClient.inputSchema(planActiveSchema).action(async ({ parsedInput, ctx }) => {
  const plan = await setPlanActive(ctx.user, parsedInput.id, parsedInput.active);
  refresh();
  return { id: plan.id, active: plan.active };
});

export const reorderPlansAction = userActionClient.inputSchema(planReorderSchema).action(async ({ parsedInput, ctx }) => {
  const ids = await reorderPlans(ctx.user, parsedInput.ids);
  refresh();
  return { ids };
});

export const deletePlanAction = userActionClient.inputSchema(planIdSchema).action(async ({ parsedInput, ctx }) => {
  await deletePlan(ctx.user, parsedInput.id);
  refresh();
  return { id: parsedInput.id };
});
