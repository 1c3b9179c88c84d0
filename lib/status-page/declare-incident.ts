import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import { publishIncidentChange } from "./events";
import { queueIncidentEmails } from "./incident-emails";
import type { DeclareIncident } from "./schemas";

/**
 * Declares an incident on the status page: its title, impact and state, the published services it
 * touches, its first update (by the actor), and the alert it comes from when there is one. The
 * customers of those services who chose incident mail are written to.
 */
export async function declareIncident(actor: Actor, input: DeclareIncident) {
  assertCan(actor, "incidents:manage");
  const incident = await db.$transaction(async (tx) => {
    const services = await tx.statusService.count({ where: { id: { in: input.serviceIds }, published: true } });
    if (services !== input.serviceIds.length) {
      throw new AppError("VALIDATION", "Choose services shown on the status page.", { serviceIds: ["unknownService"] });
    }
    if (input.alertId && !(await tx.alert.findUnique({ where: { id: input.alertId }, select: { id: true } }))) {
      throw new AppError("VALIDATION", "This alert does not exist.", { alertId: ["unknownAlert"] });
    }
    const created = await tx.incident.create({
      data: {
        title: input.title,
        impact: input.impact,
        state: input.state,
        alertId: input.alertId ?? null,
        createdById: actor.id,
        services: { create: input.serviceIds.map((serviceId) => ({ serviceId })) },
        updates: { create: { state: input.state, message: input.message, authorId: actor.id } },
      },
      include: { services: { select: { serviceId: true } }, updates: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "incident.declare", entity: "Incident", entityId: created.id, after: created });
    await queueIncidentEmails(tx, created.id, { state: input.state, message: input.message, declared: true });
    return created;
  });
  await publishIncidentChange(incident);
  return incident;
}
