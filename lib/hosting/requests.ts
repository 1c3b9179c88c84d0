import "server-only";
import { db } from "../db";
import { scopeOf } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { AppError } from "../errors";

/** Hosting requests the actor may see, newest first: a customer only ever gets their own. */
export async function listRequests(actor: Actor, { take = 50 }: { take?: number } = {}) {
  const scope = scopeOf(actor.role, "requests:read");
  if (!scope) throw new AppError("FORBIDDEN", "You are not allowed to see hosting requests.");
  return db.hostingRequest.findMany({
    where: scope === "own" ? { customerId: actor.id } : {},
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      reference: true,
      status: true,
      domainName: true,
      billingCycle: true,
      monthlyCents: true,
      yearlyCents: true,
      createdAt: true,
      plan: { select: { name: true } },
      customer: { select: { name: true, company: true } },
    },
  });
}
