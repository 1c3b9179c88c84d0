import "server-only";
import { type Tx } from "../../db";
import { uniqueViolation } from "../../db-errors";
import { AppError } from "../../errors";

/* What the plan writes share: the slug check, the lookup, and a conflict told as such. */
export const ENTITY = "HostingPlan";

export const slugTaken = () => new AppError("CONFLICT", "Another plan already uses this slug.", { slug: ["slugTaken"] });
export const notFound = () => new AppError("NOT_FOUND", "This plan does not exist.");

export async function assertSlugFree(tx: Tx, slug: string, exceptId?: string) {
  const other = await tx.hostingPlan.findUnique({ where: { slug }, select: { id: true } });
  if (other && other.id !== exceptId) throw slugTaken();
}

export async function findOrThrow(tx: Tx, id: string) {
  const plan = await tx.hostingPlan.findUnique({ where: { id } });
  if (!plan) throw notFound();
  return plan;
}

/** A unique violation that slipped past the check (two admins at once) is still a slug conflict. */
export function rethrow(error: unknown): never {
  if (uniqueViolation(error)) throw slugTaken();
  throw error;
}
