import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../db";
import type { AccountTokenPurpose } from "../generated/prisma/client.ts";

/** How long each kind of link stays valid. */
export const tokenLifetimeMs: Record<AccountTokenPurpose, number> = {
  SET_PASSWORD: 72 * 3_600_000,
  PASSWORD_RESET: 3_600_000,
  EMAIL_VERIFICATION: 7 * 24 * 3_600_000,
};

/** Only this is stored: a leaked database gives no usable link. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("base64url");

/**
 * Issues a single-use link's secret for a person, inside the caller's transaction. Earlier unused
 * links of the same purpose stop working: only the newest one sent counts.
 */
export async function issueToken(
  tx: Tx,
  input: { userId: string; purpose: AccountTokenPurpose; createdById?: string | null; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + tokenLifetimeMs[input.purpose]);
  await tx.accountToken.updateMany({
    where: { userId: input.userId, purpose: input.purpose, usedAt: null },
    data: { usedAt: now },
  });
  await tx.accountToken.create({
    // Issued at the same instant the lifetime counts from (the column's default is the transaction's start).
    data: {
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt,
      createdById: input.createdById ?? null,
    },
  });
  return { token, expiresAt };
}

/**
 * Spends a link inside the caller's transaction: the user it was for, or null when it is unknown,
 * used, expired or for another purpose. Spending is one conditional update, so two uses at once
 * cannot both succeed.
 */
export async function spendToken(tx: Tx, token: string, purposes: AccountTokenPurpose[], now = new Date()): Promise<string | null> {
  const row = await tx.accountToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true } });
  if (!row) return null;
  const spent = await tx.accountToken.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: now }, purpose: { in: purposes } },
    data: { usedAt: now },
  });
  return spent.count === 1 ? row.userId : null;
}
