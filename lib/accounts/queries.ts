import "server-only";
import { db } from "../db";
import type { AccountTokenPurpose } from "../generated/prisma/client.ts";
import { linkTokenSchema } from "./schemas";
import { hashToken } from "./tokens";

/** Whether a link can still be used, so its page shows the form or says at once that it cannot. */
export async function tokenIsUsable(token: unknown, purposes: AccountTokenPurpose[]): Promise<boolean> {
  const parsed = linkTokenSchema.safeParse(token);
  if (!parsed.success) return false;
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(parsed.data) },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  return !!row && !row.usedAt && row.expiresAt > new Date() && purposes.includes(row.purpose);
}
