import "server-only";
import { randomBytes } from "node:crypto";
import { writeAudit } from "../audit";
import { hashPassword } from "../auth/password";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { uniqueViolation } from "../db-errors";
import { AppError } from "../errors";
import { queueInvitationEmail } from "./invitation-email";
import type { InviteUserInput } from "./schemas";

const emailTaken = () => new AppError("CONFLICT", "An account already uses this email address.", { email: ["emailTaken"] });

/**
 * An admin invites a member of staff: the account is created with no password anyone knows (only
 * the emailed link opens it), invited and not yet verified, and the invitation email is queued in
 * the same transaction, audited. An email that has an account already is a 409 on `email`.
 */
export async function inviteUser(actor: Actor, input: InviteUserInput) {
  assertCan(actor, "users:manage");
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken();
  // The hash of a secret thrown away at once: no password opens the account until its owner chooses one.
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          locale: input.locale,
          passwordHash,
          invitedAt: new Date(),
          emailVerifiedAt: null,
        },
        select: { id: true, email: true, name: true, locale: true, role: true },
      });
      const sent = await queueInvitationEmail(tx, user, actor);
      await writeAudit(tx, {
        actorId: actor.id,
        action: "user.invite",
        entity: "User",
        entityId: user.id,
        after: { email: user.email, name: user.name, role: user.role, locale: user.locale, emailMessageId: sent.emailMessageId },
      });
      return { id: user.id, email: user.email, expiresAt: sent.expiresAt };
    });
  } catch (error) {
    // Two invitations of one address at once: the unique index decides.
    if (uniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
