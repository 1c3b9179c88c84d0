import "server-only";
import { issueToken } from "../accounts/tokens";
import type { Tx } from "../db";
import type { Role } from "../generated/prisma/enums.ts";
import { queueEmail } from "../mail/queue-email";

type Invitee = { id: string; email: string; name: string; locale: string; role: Role };

/**
 * Issues an invitee's first-password link (72 h; any earlier one stops working) and queues the
 * invitation email naming who sent it and the role, inside the caller's transaction.
 */
export async function queueInvitationEmail(tx: Tx, invitee: Invitee, inviter: { id: string }) {
  const { name: inviterName } = await tx.user.findUniqueOrThrow({ where: { id: inviter.id }, select: { name: true } });
  const { token, expiresAt } = await issueToken(tx, { userId: invitee.id, purpose: "SET_PASSWORD", createdById: inviter.id });
  const message = await queueEmail(tx, {
    to: invitee.email,
    userId: invitee.id,
    name: invitee.name,
    locale: invitee.locale,
    kind: "STAFF_INVITATION",
    params: { token, inviter: inviterName, role: invitee.role },
  });
  return { emailMessageId: message.id, expiresAt };
}
