import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { existingLead } from "./existing-lead";
import type { ActivityCreate } from "./schemas";

/** Logs a call, email, meeting, note or task on a lead. */
export async function addActivity(actor: Actor, leadId: string, input: ActivityCreate) {
  assertCan(actor, "crm:write");
  return db.$transaction(async (tx) => {
    await existingLead(tx, leadId);
    const activity = await tx.cRMActivity.create({
      data: { leadId, userId: actor.id, type: input.type, subject: input.subject, body: input.body ?? null, dueAt: input.dueAt ?? null },
      include: { user: { select: { id: true, name: true } } },
    });
    await tx.cRMLead.update({ where: { id: leadId }, data: { lastActivityAt: activity.createdAt } });
    await writeAudit(tx, { actorId: actor.id, action: "activity.create", entity: "CRMActivity", entityId: activity.id, after: activity });
    return activity;
  });
}
