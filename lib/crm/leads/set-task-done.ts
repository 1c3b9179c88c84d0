import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError } from "../../errors";

/** Ticks a task done, or undoes it. */
export async function setTaskDone(actor: Actor, activityId: string, done: boolean) {
  assertCan(actor, "crm:write");
  return db.$transaction(async (tx) => {
    const before = await tx.cRMActivity.findUnique({ where: { id: activityId } });
    if (!before) throw new AppError("NOT_FOUND", "This activity does not exist.");
    if (before.type !== "TASK") throw new AppError("VALIDATION", "Only tasks can be completed.");
    const after = await tx.cRMActivity.update({ where: { id: activityId }, data: { completedAt: done ? new Date() : null } });
    await writeAudit(tx, { actorId: actor.id, action: "activity.complete", entity: "CRMActivity", entityId: activityId, before, after });
    return after;
  });
}
