import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import type { PendingNotification } from "../notifications/notify";
import { publishTicketChange } from "./events";
import type { TicketUpdate } from "./schemas";
import { nextClock } from "./sla";
import { targetsFor } from "./queries";
import { assertTicketAssignee, clockColumns, clockOf, lockTicket, notifyCustomer, notifyStaff } from "./ticket-rows";

/**
 * Staff change a ticket's status, priority or assignee. The SLA clock follows
 * (paused while waiting for the customer, recomputed for a new priority); the
 * customer hears of status changes, a new assignee of the assignment.
 */
export async function updateTicket(actor: Actor, id: string, input: TicketUpdate) {
  assertCan(actor, "tickets:manage");
  const notifications: PendingNotification[] = [];
  let changed = false;
  const after = await db.$transaction(async (tx) => {
    const before = await lockTicket(tx, id);
    if (input.assigneeId !== undefined) await assertTicketAssignee(tx, input.assigneeId);
    const now = new Date();
    const statusChanged = input.status !== undefined && input.status !== before.status;
    const priorityChanged = input.priority !== undefined && input.priority !== before.priority;
    const assigneeChanged = input.assigneeId !== undefined && input.assigneeId !== before.assigneeId;
    if (!statusChanged && !priorityChanged && !assigneeChanged) return before;
    changed = true;
    const clock = nextClock(
      clockOf(before),
      {
        status: input.status,
        targets: priorityChanged ? await targetsFor(tx, input.priority!) : undefined,
      },
      now,
    );
    const updated = await tx.cRMTicket.update({
      where: { id },
      data: {
        ...clockColumns(clock),
        priority: input.priority ?? before.priority,
        assigneeId: input.assigneeId === undefined ? before.assigneeId : input.assigneeId,
        closedAt: clock.status === "CLOSED" ? (before.closedAt ?? now) : null,
      },
    });
    await writeAudit(tx, { actorId: actor.id, action: "ticket.update", entity: "CRMTicket", entityId: id, before, after: updated });
    if (statusChanged) notifications.push(...(await notifyCustomer(tx, updated, "TICKET_STATUS")));
    if (assigneeChanged && updated.assigneeId && updated.assigneeId !== actor.id) {
      notifications.push(...(await notifyStaff(tx, updated, [updated.assigneeId], "TICKET_ASSIGNED")));
    }
    return updated;
  });
  if (changed) await publishTicketChange({ ticket: after, updated: true, notifications });
  return after;
}
