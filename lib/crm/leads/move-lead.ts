import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { publishAll } from "../../realtime/publish-all";
import { positionFor } from "./column-position";
import { leadEvent } from "./events";
import { existingLead } from "./existing-lead";
import { recordStageChange } from "./history";
import type { LeadMove } from "./schemas";

/**
 * Puts a lead in an open stage between two neighbours of that column (the pipeline's drag and drop).
 * When the neighbours moved meanwhile the lead goes next to whichever is still there, or on top.
 */
export async function moveLead(actor: Actor, id: string, move: LeadMove) {
  assertCan(actor, "crm:write");
  const moved = await db.$transaction(async (tx) => {
    const lead = await existingLead(tx, id);
    const position = await positionFor(tx, id, move);
    const stageChanged = lead.stage !== move.stage;
    const updated = await tx.cRMLead.update({
      where: { id },
      data: {
        stage: move.stage,
        position,
        ...(stageChanged ? { lastActivityAt: new Date(), wonAt: null, lostAt: null, lostReason: null } : {}),
      },
      select: { id: true, stage: true, position: true, valueCents: true },
    });
    if (stageChanged) await recordStageChange(tx, { leadId: id, actorId: actor.id, from: lead.stage, to: move.stage });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "lead.move",
      entity: "CRMLead",
      entityId: id,
      before: { stage: lead.stage, position: lead.position },
      after: { stage: updated.stage, position: updated.position },
    });
    return updated;
  });
  await publishAll([leadEvent("lead.updated", { id, stage: moved.stage, valueCents: moved.valueCents, change: "moved" })]);
  return moved;
}
