import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db";

/** A new session's id, carried in its token from sign-in to logout. */
export const newSessionId = (): string => randomUUID();

/**
 * Ends a session for good: its cookie may still be presented (a copy, or a
 * response that was in flight when the user logged out set it again), and
 * the session callback refuses it from now on. Expired entries are pruned.
 */
export async function revokeSession(sid: string, expiresAt: Date): Promise<void> {
  const now = new Date();
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.revokedSession.upsert({ where: { sid }, update: { expiresAt }, create: { sid, expiresAt } }),
  ]);
}

export async function isSessionRevoked(sid: string): Promise<boolean> {
  return (await db.revokedSession.findUnique({ where: { sid }, select: { sid: true } })) !== null;
}
