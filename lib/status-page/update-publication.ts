import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import { publishStatusChange } from "./events";
import type { Publication } from "./schemas";

/**
 * Puts a monitored service on the status page under its public names, tied to hosting plans (none:
 * every customer), or takes it off. Taking it off keeps its row, so past incidents keep naming it.
 */
export async function updatePublication(actor: Actor, checkId: string, input: Publication) {
  assertCan(actor, "livepulse:manage");
  const service = await db.$transaction(async (tx) => {
    const check = await tx.serviceCheck.findUnique({ where: { id: checkId }, select: { id: true } });
    if (!check) throw new AppError("NOT_FOUND", "This monitor does not exist.");
    const plans = await tx.hostingPlan.count({ where: { id: { in: input.planIds } } });
    if (plans !== input.planIds.length) throw new AppError("VALIDATION", "Choose existing plans.", { planIds: ["unknownPlan"] });
    const before = await tx.statusService.findUnique({ where: { checkId }, include: { plans: { select: { planId: true } } } });
    const data = { published: input.published, nameFr: input.nameFr, nameEn: input.nameEn };
    const saved = before
      ? await tx.statusService.update({ where: { checkId }, data })
      : await tx.statusService.create({ data: { ...data, checkId, sortOrder: await tx.statusService.count() } });
    await tx.statusServicePlan.deleteMany({ where: { serviceId: saved.id } });
    if (input.planIds.length) {
      await tx.statusServicePlan.createMany({ data: input.planIds.map((planId) => ({ serviceId: saved.id, planId })) });
    }
    const after = { ...saved, plans: input.planIds.map((planId) => ({ planId })) };
    await writeAudit(tx, { actorId: actor.id, action: "statusService.update", entity: "StatusService", entityId: saved.id, before, after });
    return after;
  });
  await publishStatusChange();
  return service;
}
