import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import { publishIncidentChange } from "./events";
import { queueIncidentEmails } from "./incident-emails";
import type { IncidentUpdate } from "./schemas";

/**
 * Adds an update to an incident's timeline and moves the incident to its state. Resolving records
 * when; an update in another state after resolution reopens the incident. The customers of its
 * services who chose incident mail get the update.
 */
export async function postIncidentUpdate(actor: Actor, incidentId: string, input: IncidentUpdate) {
  assertCan(actor, "incidents:manage");
  const { update, incident } = await db.$transaction(async (tx) => {
    const before = await tx.incident.findUnique({ where: { id: incidentId } });
    if (!before) throw new AppError("NOT_FOUND", "This incident does not exist.");
    const now = new Date();
    const resolvedAt = input.state === "RESOLVED" ? (before.resolvedAt ?? now) : null;
    const update = await tx.incidentUpdate.create({
      data: { incidentId, state: input.state, message: input.message, authorId: actor.id, createdAt: now },
    });
    const incident = await tx.incident.update({ where: { id: incidentId }, data: { state: input.state, resolvedAt } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "incident.update",
      entity: "Incident",
      entityId: incidentId,
      before: { state: before.state, resolvedAt: before.resolvedAt },
      after: { state: incident.state, resolvedAt: incident.resolvedAt, update },
    });
    await queueIncidentEmails(tx, incidentId, { state: input.state, message: input.message, declared: false });
    return { update, incident };
  });
  await publishIncidentChange(incident);
  return update;
}
