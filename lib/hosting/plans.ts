import "server-only";
import { db, type Tx } from "../db";
import { can } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { writeAudit } from "../audit";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client.ts";
import type { PlanInput } from "./plan-schemas";

export type LocalizedText = { fr: string; en: string };

const ENTITY = "HostingPlan";
const displayOrder = [{ sortOrder: "asc" }, { name: "asc" }] satisfies Prisma.HostingPlanOrderByWithRelationInput[];

/** The plans visitors see, in display order. */
export async function listActivePlans() {
  return db.hostingPlan.findMany({ where: { active: true }, orderBy: displayOrder });
}

/** Every plan with the number of requests using it, for the plan editor. */
export async function listPlansForAdmin(actor: Actor) {
  assertCan(actor, "plans:write");
  return db.hostingPlan.findMany({
    orderBy: displayOrder,
    include: { _count: { select: { requests: true } } },
  });
}

/** One plan by id; inactive plans only for those who may edit plans. */
export async function getPlan(actor: Actor | null, id: string) {
  const mayEdit = can(actor?.role, "plans:write");
  const plan = await db.hostingPlan.findUnique({ where: { id } });
  if (!plan || (!plan.active && !mayEdit)) throw new AppError("NOT_FOUND", "This plan does not exist.");
  return plan;
}

const slugTaken = () => new AppError("CONFLICT", "Another plan already uses this slug.", { slug: ["slugTaken"] });
const notFound = () => new AppError("NOT_FOUND", "This plan does not exist.");

async function assertSlugFree(tx: Tx, slug: string, exceptId?: string) {
  const other = await tx.hostingPlan.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== exceptId) throw slugTaken();
}

async function findOrThrow(tx: Tx, id: string) {
  const plan = await tx.hostingPlan.findUnique({ where: { id } });
  if (!plan) throw notFound();
  return plan;
}

/** A unique violation that slipped past the check (two admins at once) is still a slug conflict. */
function rethrow(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw slugTaken();
  throw error;
}

/** Creates a plan at the end of the display order. */
export async function createPlan(actor: Actor, input: PlanInput) {
  assertCan(actor, "plans:write");
  try {
    return await db.$transaction(async (tx) => {
      await assertSlugFree(tx, input.slug);
      const last = await tx.hostingPlan.aggregate({ _max: { sortOrder: true } });
      const plan = await tx.hostingPlan.create({ data: { ...input, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
      await writeAudit(tx, { actorId: actor.id, action: "plan.create", entity: ENTITY, entityId: plan.id, after: plan });
      return plan;
    });
  } catch (error) {
    rethrow(error);
  }
}

/** Replaces every editable value of a plan. */
export async function updatePlan(actor: Actor, id: string, input: PlanInput) {
  assertCan(actor, "plans:write");
  try {
    return await db.$transaction(async (tx) => {
      const before = await findOrThrow(tx, id);
      await assertSlugFree(tx, input.slug, id);
      const plan = await tx.hostingPlan.update({ where: { id }, data: input });
      await writeAudit(tx, { actorId: actor.id, action: "plan.update", entity: ENTITY, entityId: id, before, after: plan });
      return plan;
    });
  } catch (error) {
    rethrow(error);
  }
}

/** Shows or hides a plan on the pricing page; requests already made keep it. */
export async function setPlanActive(actor: Actor, id: string, active: boolean) {
  assertCan(actor, "plans:write");
  return db.$transaction(async (tx) => {
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
}

/** Puts the plans in the given order; the list must name every plan once. */
export async function reorderPlans(actor: Actor, ids: string[]) {
  assertCan(actor, "plans:write");
  return db.$transaction(async (tx) => {
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
}

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
}
