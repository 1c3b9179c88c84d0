import "server-only";
import { writeAudit } from "../audit";
import { hashPassword } from "../auth/password";
import { endUserSessionsIn, sessionsEnded } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import type { AccountTokenPurpose } from "../generated/prisma/client.ts";
import type { SetPasswordInput } from "./schemas";
import { tokenIsUsable } from "./queries";
import { spendToken } from "./tokens";

const purposes = ["SET_PASSWORD", "PASSWORD_RESET"] as const satisfies AccountTokenPurpose[];

/**
 * Sets a password from a single-use link (a first password or a reset). The link is spent, every
 * session of the account ends, the account's email is thereby shown to be its owner's, and an
 * invitation it was waiting on is accepted: the account is active.
 */
export async function setPasswordWithToken(input: SetPasswordInput): Promise<{ email: string }> {
  const invalid = () => new AppError("VALIDATION", "This link is invalid, used or expired: ask for a new one.", { token: ["linkInvalid"] });
  // A link that cannot work costs one lookup, not a password hash (which is slow on purpose).
  if (!(await tokenIsUsable(input.token, purposes))) throw invalid();
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    // Spent for good here: a second use at the same moment finds it spent.
    const userId = await spendToken(tx, input.token, purposes);
    if (!userId) throw invalid();
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, invitedAt: null },
      select: { id: true, email: true },
    });
    // The link reached its owner through this address: it is theirs.
    await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    await endUserSessionsIn(tx, userId);
    await writeAudit(tx, { actorId: userId, action: "user.password_set", entity: "User", entityId: userId });
    return updated;
  });
  await sessionsEnded({ userId: user.id });
  return { email: user.email };
}
