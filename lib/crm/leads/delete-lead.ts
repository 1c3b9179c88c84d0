import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { publishAll } from "../../realtime/publish-all";
import { leadEvent } from "./events";
import { existingLead } from "./existing-lead";

/** Deletes a lead with its timeline (admins only); the audit row keeps what it was. */
export async function deleteLead(actor: Actor, id: string) {
  assertCan(actor, "leads:delete");
  const before = await db.$transaction(async (tx) => {
    const before = await existingLead(tx, id);
    await tx.cRMLead.delete({ where: { id } });
    await writeAudit(tx, { actorId: actor.id, action: "lead.delete", entity: "CRMLead", entityId: id, before });
    return before;
  });
  await publishAll([leadEvent("lead.updated", { id, stage: before.stage, change: "deleted" })]);
  return { id };
}
