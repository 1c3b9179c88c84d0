import "server-only";
import { writeAudit } from "../audit";
import { can, scopeOf } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { ticketReference } from "../format";
import type { PendingNotification } from "../notifications/notify";
import { publishTicketChange } from "./events";
import type { TicketCreate } from "./schemas";
import { activeDueAt, slaDeadlines } from "./sla";
import { targetsFor } from "./queries";
import { emailTicketOpened } from "./ticket-emails";
import { assertTicketAssignee, notifyCustomer, notifyStaff, ticketWatchers } from "./ticket-rows";

/** The customer a new ticket belongs to: the actor for a customer, the chosen account for staff. */
async function ticketCustomer(tx: Tx, actor: Actor, input: TicketCreate): Promise<string> {
  if (scopeOf(actor, "tickets:create") === "own") return actor.id;
  if (!input.customerId) throw new AppError("VALIDATION", "Choose the customer this ticket is for.", { customerId: ["required"] });
  const customer = await tx.user.findUnique({ where: { id: input.customerId }, select: { role: true, disabled: true } });
  if (!customer || customer.role !== "CUSTOMER" || customer.disabled) {
    throw new AppError("VALIDATION", "This customer does not exist.", { customerId: ["invalid"] });
  }
  return input.customerId;
}

/** The request and lead a ticket is linked to; both must belong to its customer. */
async function ticketLinks(tx: Tx, actor: Actor, customerId: string, input: TicketCreate) {
  let leadId: string | null = null;
  let hostingRequestId: string | null = null;
  if (input.hostingRequestId) {
    const request = await tx.hostingRequest.findFirst({
      where: { id: input.hostingRequestId, customerId },
      select: { id: true, leadId: true },
    });
    if (!request) throw new AppError("VALIDATION", "This hosting request is not the customer's.", { hostingRequestId: ["invalid"] });
    hostingRequestId = request.id;
    leadId = request.leadId;
  }
  if (input.leadId) {
    if (!can(actor, "tickets:manage")) throw new AppError("FORBIDDEN", "Only staff link a ticket to a lead.");
    const lead = await tx.cRMLead.findUnique({ where: { id: input.leadId }, select: { id: true, customerId: true } });
    if (!lead || (lead.customerId !== null && lead.customerId !== customerId)) {
      throw new AppError("VALIDATION", "This lead is not the customer's.", { leadId: ["invalid"] });
    }
    leadId = lead.id;
  }
  return { leadId, hostingRequestId };
}

/**
 * Opens a ticket: a customer for themselves, staff on behalf of a customer.
 * Its SLA deadlines come from the priority's targets. Support is told (or the
 * assignee), the customer too when someone else opened it, and the linked
 * lead's timeline records it.
 */
export async function createTicket(actor: Actor, input: TicketCreate) {
  assertCan(actor, "tickets:create");
  const staff = can(actor, "tickets:manage");
  if (!staff && input.assigneeId) throw new AppError("FORBIDDEN", "Only staff assign tickets.");
  let notifications: PendingNotification[] = [];
  const ticket = await db.$transaction(async (tx) => {
    const customerId = await ticketCustomer(tx, actor, input);
    const links = await ticketLinks(tx, actor, customerId, input);
    await assertTicketAssignee(tx, input.assigneeId);
    const now = new Date();
    const deadlines = slaDeadlines(now, await targetsFor(tx, input.priority), 0);
    const created = await tx.cRMTicket.create({
      data: {
        subject: input.subject,
        description: input.description,
        priority: input.priority,
        customerId,
        createdById: actor.id,
        assigneeId: input.assigneeId ?? null,
        ...links,
        ...deadlines,
        slaDueAt: activeDueAt({ status: "OPEN", pausedAt: null, firstRespondedAt: null, ...deadlines }),
        createdAt: now,
      },
    });
    if (links.leadId) {
      await tx.cRMActivity.create({
        data: {
          leadId: links.leadId,
          userId: actor.id,
          type: "SYSTEM",
          subject: `${ticketReference(created.number)} · ${created.subject}`,
          meta: { kind: "ticket", event: "opened", ticketId: created.id, number: created.number },
        },
      });
    }
    await writeAudit(tx, { actorId: actor.id, action: "ticket.create", entity: "CRMTicket", entityId: created.id, after: created });
    if (created.assigneeId && created.assigneeId !== actor.id) {
      notifications = await notifyStaff(tx, created, [created.assigneeId], "TICKET_ASSIGNED");
    } else if (!created.assigneeId) {
      notifications = await notifyStaff(tx, created, await ticketWatchers(tx, { assigneeId: null }, actor.id), "TICKET_CREATED");
    }
    if (customerId !== actor.id) notifications.push(...(await notifyCustomer(tx, created, "TICKET_CREATED")));
    await emailTicketOpened(tx, created, actor.id);
    return created;
  });
  await publishTicketChange({ ticket, created: true, notifications });
  return ticket;
}
