import "server-only";
import type { Actor } from "../../auth/roles";
import type { Tx } from "../../db";
import { AppError } from "../../errors";
import { notify, type PendingNotification } from "../../notifications/notify";
import { facts } from "../../notifications/titles";

/** Refuses an owner who cannot hold leads (only active sellers and admins can). */
export async function assertAssignable(tx: Tx, assigneeId: string | null | undefined) {
  if (!assigneeId) return;
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { role: true, disabled: true } });
  if (!user || user.disabled || !["SELLER", "ADMIN"].includes(user.role)) {
    throw new AppError("VALIDATION", "Leads can only be assigned to an active seller or admin.", { assigneeId: ["invalid"] });
  }
}

/** Tells a lead's new owner, unless they gave it to themselves. */
export async function notifyAssignment(
  tx: Tx,
  actor: Actor,
  assigneeId: string | null | undefined,
  lead: { id: string; name: string; company: string | null },
): Promise<PendingNotification[]> {
  if (!assigneeId || assigneeId === actor.id) return [];
  return notify(tx, [assigneeId], { type: "LEAD_ASSIGNED", title: facts(lead.name, lead.company), link: `/crm/leads/${lead.id}` });
}
