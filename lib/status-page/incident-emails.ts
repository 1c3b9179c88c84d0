import "server-only";
import type { Tx } from "../db";
import { queueEmails, recipientSelect, toRecipient } from "../mail/queue-email";
import type { IncidentState } from "../generated/prisma/enums.ts";
import { liveRequestStatuses } from "./affected";

/**
 * Puts an incident's update in the outbox, in the caller's transaction, for the customers who chose
 * incident mail and use one of its services: every customer for a service tied to no plan, else the
 * customers with a live request on one of its plans (as the portal banner). Returns how many were queued.
 */
export async function queueIncidentEmails(
  tx: Tx,
  incidentId: string,
  update: { state: IncidentState; message: string; declared: boolean },
): Promise<number> {
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: {
      title: true,
      impact: true,
      services: {
        where: { service: { published: true } },
        select: { service: { select: { nameFr: true, nameEn: true, plans: { select: { planId: true } } } } },
      },
    },
  });
  const services = incident.services.map((s) => s.service);
  if (services.length === 0) return 0;
  const everyone = services.some((service) => service.plans.length === 0);
  const planIds = [...new Set(services.flatMap((service) => service.plans.map((p) => p.planId)))];
  // The driver adapters cannot bind an enum array filter (`has`): the opted-in customers are read in SQL.
  const optedIn = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'CUSTOMER' AND NOT "disabled" AND 'INCIDENTS' = ANY("emailCategories")`;
  if (optedIn.length === 0) return 0;
  const readers = await tx.user.findMany({
    where: {
      id: { in: optedIn.map((row) => row.id) },
      ...(everyone ? {} : { hostingRequests: { some: { planId: { in: planIds }, status: { in: [...liveRequestStatuses] } } } }),
    },
    select: recipientSelect,
  });
  return queueEmails(tx, readers.map(toRecipient), {
    kind: "INCIDENT_UPDATE",
    params: {
      title: incident.title,
      impact: incident.impact,
      state: update.state,
      message: update.message,
      declared: update.declared,
      services: services.map((service) => ({ fr: service.nameFr, en: service.nameEn })),
    },
  });
}
