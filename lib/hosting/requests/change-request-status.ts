import "server-only";
import { writeAudit } from "../../audit";
import { db } from "../../db";
import { AppError } from "../../errors";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { queueEmail, recipientSelect, toRecipient } from "../../mail/queue-email";
import { notify } from "../../notifications/notify";
import { publishAll } from "../../realtime/publish-all";
import { publishNotifications } from "../../notifications/events";
import { facts } from "../../notifications/titles";
import { channels } from "../../realtime/channels";
import { nextStatuses } from "./status";
import type { RequestStatusChange } from "./schemas";
import { getRequest } from "./queries";

/**
 * Moves a request along its timeline with an optional comment. The status
 * must be reachable for the actor's role; the customer is notified of changes
 * made by someone else.
 */
export async function changeRequestStatus(actor: Actor, id: string, change: RequestStatusChange) {
  assertCan(actor, "requests:status");
  const request = await getRequest(actor, id);
  if (!nextStatuses(actor.role, request.status).includes(change.status)) {
    throw new AppError("CONFLICT", `A request ${request.status.toLowerCase()} cannot become ${change.status.toLowerCase()}.`, {
      status: ["transitionNotAllowed"],
    });
  }
  const committed = await db.$transaction(async (tx) => {
    // The status in the WHERE makes a concurrent change fail instead of being overwritten.
    const { count } = await tx.hostingRequest.updateMany({ where: { id, status: request.status }, data: { status: change.status } });
    if (count === 0) throw new AppError("CONFLICT", "This request changed meanwhile: reload it.");
    await tx.hostingRequestStatusChange.create({
      data: { requestId: id, fromStatus: request.status, toStatus: change.status, comment: change.comment || null, actorId: actor.id },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "hostingRequest.status",
      entity: "HostingRequest",
      entityId: id,
      before: { status: request.status },
      after: { status: change.status, comment: change.comment },
    });
    // The customer hears of changes made by someone else (notification and email), not of their own cancellation.
    const pending =
      request.customerId !== actor.id
        ? await notify(tx, [request.customerId], {
            type: "REQUEST_STATUS",
            title: facts(request.reference, request.plan.name),
            body: change.status,
            link: `/hosting/requests/${id}`,
          })
        : [];
    if (request.customerId !== actor.id) {
      const customer = await tx.user.findUniqueOrThrow({ where: { id: request.customerId }, select: recipientSelect });
      await queueEmail(tx, {
        ...toRecipient(customer),
        kind: "REQUEST_STATUS_CHANGED",
        params: {
          requestId: id,
          reference: request.reference,
          plan: request.plan.name,
          status: change.status,
          comment: change.comment || null,
        },
      });
    }
    return { id, status: change.status, pending };
  });
  const event = { id, reference: request.reference, status: change.status };
  await Promise.all([
    publishNotifications(committed.pending),
    publishAll([
      // The customer's pages (portal list, request page), in every tab they have open.
      { channel: channels.user(request.customerId), event: "request.updated", data: event },
      // Staff looking at the same request or the requests list.
      { channel: channels.pipeline, event: "request.updated", data: { ...event, leadId: request.leadId } },
    ]),
  ]);
  return { id: committed.id, status: committed.status };
}
