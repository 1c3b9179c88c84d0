import "server-only";
import { db } from "../../db";
import { can } from "../../auth/permissions";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { AppError } from "../../errors";
import { Prisma } from "../../generated/prisma/client.ts";

export type LocalizedText = { fr: string; en: string };

export const displayOrder = [{ sortOrder: "asc" }, { name: "asc" }] satisfies Prisma.HostingPlanOrderByWithRelationInput[];

/** The plans visitors see, in display order. */
export async function listActivePlans() {
  return db.hostingPlan.findMany({ where: { active: true }, orderBy: displayOrder });
}

/** Every plan's name by its slug (what a request's edit history names plans by). */
export async function planNamesBySlug(): Promise<Map<string, string>> {
  const plans = await db.hostingPlan.findMany({ select: { slug: true, name: true } });
  return new Map(plans.map((plan) => [plan.slug, plan.name]));
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
  const mayEdit = can(actor, "plans:write");
  const plan = await db.hostingPlan.findUnique({ where: { id } });
  if (!plan || (!plan.active && !mayEdit)) throw new AppError("NOT_FOUND", "This plan does not exist.");
  return plan;
}
