import "server-only";
import { randomUUID } from "node:crypto";
import { writeAudit } from "../audit";
import { db, type Tx } from "../db";
import { endStreamsOf } from "../realtime/stream";
import { forgetSessions } from "./session-state";

/** A new session's id, carried in its token from sign-in to logout. */
export const newSessionId = (): string => randomUUID();

/** What ended: one session, or every session of a user. */
export type EndedSessions = { sid: string; userId?: string } | { userId: string; sid?: undefined };

/** After the change that ended them has committed: this instance forgets them, and their open streams close on every instance. */
export async function sessionsEnded(ended: EndedSessions): Promise<void> {
  forgetSessions(ended);
  await endStreamsOf(ended);
}

/**
 * Signs one session out for good, whichever way out was taken (the UI's logout, Auth.js's signout
 * route): its cookie may still be presented (a copy, or a response in flight at logout), and it is
 * refused from now on. Expired entries are pruned. Written to the audit log.
 */
export async function endSession(session: { sid: string; userId: string; expiresAt: Date }): Promise<void> {
  const now = new Date();
  const { sid, userId, expiresAt } = session;
  await db.$transaction(async (tx) => {
    await tx.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
    await tx.revokedSession.upsert({ where: { sid }, update: { expiresAt }, create: { sid, expiresAt } });
    await writeAudit(tx, { actorId: userId, action: "auth.logout", entity: "User", entityId: userId, after: { sid } });
  });
  await sessionsEnded({ sid, userId });
}

/**
 * Ends every session of a user inside the caller's transaction (disabled, role or password
 * changed). Call `sessionsEnded({ userId })` once it has committed.
 */
export async function endUserSessionsIn(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
