import { issueToken } from "../../lib/accounts/tokens";
import { writeAudit } from "../../lib/audit";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";

export type FirstAdmin = { email: string; password?: string };

export type FirstAdminResult =
  { status: "exists"; email: string } | { status: "created"; email: string; setPasswordUrl?: string; expiresAt?: Date };

/**
 * The first admin of a production database, when no account has that email yet. With a password
 * it can sign in at once; without one it gets a one-time link to choose it, returned here to be
 * printed once (only its hash is stored). Nothing changes for an account that exists.
 */
export async function ensureFirstAdmin(db: PrismaClient, admin: FirstAdmin, appUrl: string): Promise<FirstAdminResult> {
  if (await db.user.findUnique({ where: { email: admin.email }, select: { id: true } })) return { status: "exists", email: admin.email };
  // Without a password given, the stored hash is of a secret nobody knows: only the link opens the account.
  const passwordHash = await hashPassword(admin.password ?? crypto.randomUUID());
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: admin.email,
        name: admin.email.split("@")[0],
        role: "ADMIN",
        passwordHash,
        company: null,
        // Without a password it waits on its link like an invited account, and the users list says so.
        invitedAt: admin.password ? null : new Date(),
      },
    });
    await writeAudit(tx, {
      actorId: null,
      action: "user.create",
      entity: "User",
      entityId: user.id,
      after: { email: user.email, role: user.role },
    });
    if (admin.password) return { status: "created" as const, email: user.email };
    const { token, expiresAt } = await issueToken(tx, { userId: user.id, purpose: "SET_PASSWORD" });
    return { status: "created" as const, email: user.email, setPasswordUrl: `${appUrl}/set-password?token=${token}`, expiresAt };
  });
}
