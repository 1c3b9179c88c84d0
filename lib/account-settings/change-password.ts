import "server-only";
import { writeAudit } from "../audit";
import { hashPassword, verifyPassword } from "../auth/password";
import { endingSessionsOf, endOtherSessionsIn } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { publishAccountChange } from "./events";
import type { PasswordChangeInput } from "./schemas";
import type { SessionActor } from "./session-actor";

/**
 * The user changes their password, proving they know the current one. Every other session of the
 * account ends at once (their open streams close); the one making the change stays signed in.
 * A wrong current password is a field error (the door's rate limit counts every attempt).
 */
export async function changePassword(actor: SessionActor, input: PasswordChangeInput): Promise<{ endedSessions: number }> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND", "This account does not exist.");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError("VALIDATION", "The current password is not right.", { currentPassword: ["passwordWrong"] });
  }
  if (input.password === input.currentPassword) {
    throw new AppError("VALIDATION", "The new password is the current one.", { password: ["passwordUnchanged"] });
  }
  const passwordHash = await hashPassword(input.password);
  const ended = await endingSessionsOf(actor.id, async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    const sids = await endOtherSessionsIn(tx, actor.id, actor.sid);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.password_change",
      entity: "User",
      entityId: actor.id,
      after: { endedSessions: sids.length },
    });
    return sids;
  });
  await publishAccountChange(actor.id);
  return { endedSessions: ended.length };
}
