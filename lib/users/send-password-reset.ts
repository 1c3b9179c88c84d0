import "server-only";
import { queuePasswordResetEmail } from "../accounts/request-password-reset";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * An admin sends someone a password-reset link (valid one hour, the person's earlier links stop
 * working), by the same email as "forgot my password", audited under the admin's name. A disabled
 * account cannot use one; a pending invitation is sent again instead.
 */
export async function sendPasswordReset(actor: Actor, id: string) {
  assertCan(actor, "users:manage");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id },
      select: { id: true, email: true, name: true, locale: true, disabled: true, invitedAt: true },
    });
    if (!user) throw new AppError("NOT_FOUND", "This account does not exist.");
    if (user.disabled) throw new AppError("CONFLICT", "This account is disabled: re-enable it first.", undefined, { reason: "disabled" });
    if (user.invitedAt) {
      throw new AppError("CONFLICT", "This account's invitation is pending: send the invitation again.", undefined, { reason: "invited" });
    }
    const sent = await queuePasswordResetEmail(tx, user, actor.id);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.password_reset_sent",
      entity: "User",
      entityId: id,
      after: { emailMessageId: sent.id },
    });
    return { id, email: user.email, expiresAt: sent.expiresAt };
  });
}
