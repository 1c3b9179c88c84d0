import "server-only";
import { db } from "../db";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";

export type LocalizedText = { fr: string; en: string };

/** The plans visitors see, in display order. */
export async function listActivePlans() {
  return db.hostingPlan.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
}

/** Every plan with the number of requests using it, for the plan editor. */
export async function listPlansForAdmin(actor: Actor) {
  assertCan(actor, "plans:write");
  return db.hostingPlan.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    include: { _count: { select: { requests: true } } },
  });
}
