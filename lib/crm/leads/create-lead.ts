import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { publishNotifications } from "../../notifications/events";
import { publishAll } from "../../realtime/publish-all";
import { assertAssignable, notifyAssignment } from "./assignment";
import { topOfColumn } from "./column-position";
import { leadEvent } from "./events";
import type { LeadCreate } from "./schemas";

/** Adds a lead by hand, on top of its stage's column, with its creation entry and a note to its owner. */
export async function createLead(actor: Actor, input: LeadCreate) {
  assertCan(actor, "crm:write");
  const { lead, pending } = await db.$transaction(async (tx) => {
    await assertAssignable(tx, input.assigneeId);
    const lead = await tx.cRMLead.create({
      data: {
        name: input.name,
        email: input.email,
        company: input.company ?? null,
        phone: input.phone ?? null,
        source: input.source,
        valueCents: input.valueCents,
        stage: input.stage,
        notes: input.notes ?? null,
        assigneeId: input.assigneeId,
        position: await topOfColumn(tx, input.stage),
        lastActivityAt: new Date(),
      },
    });
    await tx.cRMActivity.create({
      data: { leadId: lead.id, userId: actor.id, type: "SYSTEM", subject: "Lead created", meta: { event: "created" } },
    });
    await writeAudit(tx, { actorId: actor.id, action: "lead.create", entity: "CRMLead", entityId: lead.id, after: lead });
    return { lead, pending: await notifyAssignment(tx, actor, lead.assigneeId, lead) };
  });
  await Promise.all([
    publishNotifications(pending),
    publishAll([
      leadEvent("lead.created", {
        id: lead.id,
        stage: lead.stage,
        assigneeId: lead.assigneeId,
        valueCents: lead.valueCents,
        change: "created",
      }),
    ]),
  ]);
  return lead;
}
