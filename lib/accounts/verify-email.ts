import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { queueEmail } from "../mail/queue-email";
import type { VerifyEmailInput } from "./schemas";
import { spendToken, issueToken } from "./tokens";

type Recipient = { id: string; email: string; name: string; locale: string };

/** Issues a verification link (valid 7 days, earlier ones stop working) and queues its email, inside the caller's transaction. */
export async function queueVerificationEmail(tx: Tx, user: Recipient): Promise<void> {
  const { token } = await issueToken(tx, { userId: user.id, purpose: "EMAIL_VERIFICATION" });
  await queueEmail(tx, {
    to: user.email,
    userId: user.id,
    name: user.name,
    locale: user.locale,
    kind: "EMAIL_VERIFICATION",
    params: { token },
  });
}

/** A signed-in customer asks for the verification email again (the door limits how often). */
export async function resendVerificationEmail(actor: Actor): Promise<{ email: string }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { id: true, email: true, name: true, locale: true, emailVerifiedAt: true },
    });
    if (user.emailVerifiedAt) throw new AppError("CONFLICT", "This email address is already verified.", undefined, { reason: "verified" });
    await queueVerificationEmail(tx, user);
    await writeAudit(tx, { actorId: actor.id, action: "user.verification_resent", entity: "User", entityId: actor.id });
    return { email: user.email };
  });
}

const invalidLink = () => new AppError("VALIDATION", "This link is invalid, used or expired.", { token: ["linkInvalid"] });

/** Marks the account of a verification link verified; the link is spent. */
export async function verifyEmailWithToken(input: VerifyEmailInput): Promise<{ userId: string }> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const userId = await spendToken(tx, input.token, ["EMAIL_VERIFICATION"], now);
    if (!userId) throw invalidLink();
    await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await writeAudit(tx, { actorId: userId, action: "user.email_verified", entity: "User", entityId: userId });
    return { userId };
  });
}
