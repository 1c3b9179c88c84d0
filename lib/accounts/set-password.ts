import "server-only";
import { writeAudit } from "../audit";
import { hashPassword } from "../auth/password";
import { endUserSessionsIn, sessionsEnded } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import type { SetPasswordInput } from "./schemas";
import { spendToken } from "./tokens";

/**
 * Sets a password from a single-use link (a first password or a reset). The link is spent, every
 * session of the account ends, and the account's email is thereby shown to be its owner's.
 */
export async function setPasswordWithToken(input: SetPasswordInput): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const userId = await spendToken(tx, input.token, ["SET_PASSWORD", "PASSWORD_RESET"]);
    if (!userId) {
      throw new AppError("VALIDATION", "This link is invalid, used or expired: ask for a new one.", { token: ["linkInvalid"] });
    }
    const updated = await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true, email: true } });
    await endUserSessionsIn(tx, userId);
    await writeAudit(tx, { actorId: userId, action: "user.password_set", entity: "User", entityId: userId });
    return updated;
  });
  await sessionsEnded({ userId: user.id });
  return { email: user.email };
}
