import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError } from "../../errors";
import { publishAll } from "../../realtime/publish-all";
import { leadEvent } from "./events";
import { existingLead } from "./existing-lead";
import { recordStageChange } from "./history";
import type { LeadLost } from "./schemas";

/** Marks a lead lost; the reason is required and kept on the lead and in its timeline. */
export async function markLeadLost(actor: Actor, id: string, { reason }: LeadLost) {
  assertCan(actor, "crm:write");
  const lost = await db.$transaction(async (tx) => {
    const lead = await existingLead(tx, id);
    if (lead.stage === "LOST") throw new AppError("CONFLICT", "This lead is already lost.");
    const now = new Date();
    const updated = await tx.cRMLead.update({
      where: { id },
      data: { stage: "LOST", lostAt: now, lostReason: reason, wonAt: null, lastActivityAt: now },
    });
    await recordStageChange(tx, { leadId: id, actorId: actor.id, from: lead.stage, to: "LOST" });
    await tx.cRMActivity.create({ data: { leadId: id, userId: actor.id, type: "NOTE", subject: reason, meta: { event: "lostReason" } } });
    await writeAudit(tx, { actorId: actor.id, action: "lead.lost", entity: "CRMLead", entityId: id, before: lead, after: updated });
    return updated;
  });
  await publishAll([
    leadEvent("lead.updated", { id, stage: lost.stage, assigneeId: lost.assigneeId, valueCents: lost.valueCents, change: "lost" }),
  ]);
  return lost;
}
