import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import type { AccountTokenPurpose } from "../generated/prisma/client.ts";
import { linkTokenSchema } from "./schemas";
import { hashToken } from "./tokens";

/** The email of the account a link is for while the link can still be used; null otherwise. */
export async function usableLinkEmail(token: unknown, purposes: AccountTokenPurpose[]): Promise<string | null> {
  const parsed = linkTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(parsed.data) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  return row && !row.usedAt && row.expiresAt > new Date() && purposes.includes(row.purpose) ? row.user.email : null;
}

/** Whether a link can still be used, so its page shows the form or says at once that it cannot. */
export async function tokenIsUsable(token: unknown, purposes: AccountTokenPurpose[]): Promise<boolean> {
  return (await usableLinkEmail(token, purposes)) !== null;
}

/** The signed-in user's address while it still awaits verification (the portal's banner); null once verified. */
export async function unverifiedEmailOf(actor: Actor): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, emailVerifiedAt: true } });
  return user && !user.emailVerifiedAt ? user.email : null;
}
