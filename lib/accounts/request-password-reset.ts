import "server-only";
import { writeAudit } from "../audit";
import { db, type Tx } from "../db";
import { queueEmail } from "../mail/queue-email";
import { hit } from "../rate-limit";
import type { ForgotPasswordInput } from "./schemas";
import { takingAtLeast } from "./steady-timing";
import { issueToken } from "./tokens";

/** Reset emails one address receives at most per hour, whoever asks: nobody can flood an inbox with them. */
export const resetEmailsPerHour = 3;
/** Every answer takes at least this long: sending the email or not takes the same time. */
const answerFloorMs = 400;

type Recipient = { id: string; email: string; name: string; locale: string };

/**
 * Issues a reset link (valid one hour, earlier ones stop working) and queues its email, inside the
 * caller's transaction: the person asking for it, or an admin sending it to them.
 */
export async function queuePasswordResetEmail(tx: Tx, user: Recipient, createdById: string | null = null) {
  const { token, expiresAt } = await issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", createdById });
  const message = await queueEmail(tx, {
    to: user.email,
    userId: user.id,
    name: user.name,
    locale: user.locale,
    kind: "PASSWORD_RESET",
    params: { token },
  });
  return { id: message.id, expiresAt };
}

/**
 * "Forgot my password": when an active account has this email, a single-use link valid one hour is
 * issued and mailed (through the outbox, in the same transaction, audited). The answer is the same
 * whether or not the account exists, in content and in time; past the per-address limit nothing more
 * is sent, and the answer is still the same.
 */
export async function requestPasswordReset(input: ForgotPasswordInput): Promise<{ email: string }> {
  return takingAtLeast(answerFloorMs, async () => {
    const { email } = input;
    const counted = await hit(`mail:password-reset:${email}`, 3_600_000);
    if (counted.count > resetEmailsPerHour) return { email };
    const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true, disabled: true } });
    if (!user || user.disabled) return { email };
    await db.$transaction(async (tx) => {
      const message = await queuePasswordResetEmail(tx, { ...user, email });
      await writeAudit(tx, {
        actorId: null,
        action: "user.password_reset_requested",
        entity: "User",
        entityId: user.id,
        after: { emailMessageId: message.id },
      });
    });
    return { email };
  });
}
