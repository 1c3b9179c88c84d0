import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client.ts";
import { publishNotifications } from "../../notifications/events";
import { publishAll } from "../../realtime/publish-all";
import { assertAssignable, notifyAssignment } from "./assignment";
import { topOfColumn } from "./column-position";
import { leadEvent } from "./events";
import { existingLead } from "./existing-lead";
import { recordAssignment, recordStageChange } from "./history";
import type { LeadUpdate } from "./schemas";

/** Edits a lead; stage and assignee changes write their own timeline entries. */
export async function updateLead(actor: Actor, id: string, input: LeadUpdate) {
  assertCan(actor, "crm:write");
  const { before, after, pending } = await db.$transaction(async (tx) => {
    const before = await existingLead(tx, id);
    if (input.assigneeId !== undefined) await assertAssignable(tx, input.assigneeId);
    const newStage = input.stage !== undefined && input.stage !== before.stage ? input.stage : null;
    const data: Prisma.CRMLeadUncheckedUpdateInput = {
      ...input,
      lastActivityAt: new Date(),
    };
    if (newStage) {
      // A won or lost lead may be reopened: its outcome goes away with the closed stage.
      Object.assign(data, { position: await topOfColumn(tx, newStage), wonAt: null, lostAt: null, lostReason: null });
    }
    const after = await tx.cRMLead.update({ where: { id }, data });
    if (newStage) await recordStageChange(tx, { leadId: id, actorId: actor.id, from: before.stage, to: after.stage });
    if (input.assigneeId !== undefined)
      await recordAssignment(tx, { leadId: id, actorId: actor.id, from: before.assigneeId, to: after.assigneeId });
    await writeAudit(tx, { actorId: actor.id, action: "lead.update", entity: "CRMLead", entityId: id, before, after });
    const reassigned = after.assigneeId !== before.assigneeId;
    return { before, after, pending: reassigned ? await notifyAssignment(tx, actor, after.assigneeId, after) : [] };
  });
  await Promise.all([
    publishNotifications(pending),
    publishAll([
      leadEvent("lead.updated", {
        id,
        stage: after.stage,
        assigneeId: after.assigneeId,
        valueCents: after.valueCents,
        change: after.assigneeId !== before.assigneeId ? "assigned" : after.stage !== before.stage ? "moved" : "edited",
      }),
    ]),
  ]);
  return after;
}
