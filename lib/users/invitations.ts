import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { queueInvitationEmail } from "./invitation-email";

const pendingColumns = { id: true, email: true, name: true, locale: true, role: true, disabled: true, invitedAt: true } as const;

/** The account of a pending invitation, read in the transaction; 404 when it does not exist, 409 once accepted or disabled. */
async function pendingInvitee(tx: Tx, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: pendingColumns });
  if (!user) throw new AppError("NOT_FOUND", "This account does not exist.");
  if (!user.invitedAt || user.disabled) {
    throw new AppError("CONFLICT", "This account has no pending invitation.", undefined, { reason: "notInvited" });
  }
  return user;
}

/** Sends a pending invitation again: a new 72-hour link, and the previous one stops working. */
export async function resendInvitation(actor: Actor, id: string) {
  assertCan(actor, "users:manage");
  return db.$transaction(async (tx) => {
    const user = await pendingInvitee(tx, id);
    const sent = await queueInvitationEmail(tx, user, actor);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.invitation_resend",
      entity: "User",
      entityId: id,
      after: { emailMessageId: sent.emailMessageId },
    });
    return { id, email: user.email, expiresAt: sent.expiresAt };
  });
}

/**
 * Revokes a pending invitation: its link stops working and the never-activated account is deleted,
 * which frees the address for a new invitation (the audit row keeps who it was). An account that
 * something holds on to (a customer's request, ticket or comment, which are never deleted with it)
 * is disabled instead. Accepting the invitation at the same moment wins or loses as one whole.
 */
export async function revokeInvitation(actor: Actor, id: string): Promise<{ id: string; outcome: "deleted" | "disabled" }> {
  assertCan(actor, "users:manage");
  return db.$transaction(async (tx) => {
    const user = await pendingInvitee(tx, id);
    const now = new Date();
    await tx.accountToken.updateMany({ where: { userId: id, usedAt: null }, data: { usedAt: now } });
    const held =
      (await tx.hostingRequest.count({ where: { customerId: id } })) +
      (await tx.cRMTicket.count({ where: { customerId: id } })) +
      (await tx.ticketComment.count({ where: { authorId: id } }));
    const before = { email: user.email, name: user.name, role: user.role, invitedAt: user.invitedAt };
    // Conditional on the invitation still pending: a password set meanwhile keeps the account.
    const changed = held
      ? await tx.user.updateMany({ where: { id, invitedAt: { not: null } }, data: { disabled: true, invitedAt: null } })
      : await tx.user.deleteMany({ where: { id, invitedAt: { not: null } } });
    if (changed.count === 0) throw new AppError("CONFLICT", "This invitation was just accepted.", undefined, { reason: "notInvited" });
    const outcome = held ? ("disabled" as const) : ("deleted" as const);
    await writeAudit(tx, { actorId: actor.id, action: "user.invitation_revoke", entity: "User", entityId: id, before, after: { outcome } });
    return { id, outcome };
  });
}
