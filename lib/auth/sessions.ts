import "server-only";
import { randomUUID } from "node:crypto";
import { writeAudit } from "../audit";
import { db, type Tx } from "../db";
import { logger } from "../logger";
import { endStreamsOf } from "../realtime/stream";
import { forgetSessions } from "./session-state";

/** How long a session's token lives without a request (Auth.js's `maxAge`). */
export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;
const maxAgeMs = sessionMaxAgeSeconds * 1000;

/** A new session's id, carried in its token from sign-in to logout. */
export const newSessionId = (): string => randomUUID();

/** Where a session was begun from, as the sign-in request told. */
export type SessionClient = { ip?: string | null; userAgent?: string | null };

/**
 * Records a session as it begins (at sign-in): only a recorded session holds. Recording the same
 * id again changes nothing, an ended session included.
 */
export async function startSession(session: { sid: string; userId: string } & SessionClient): Promise<void> {
  const ip = session.ip?.slice(0, 100) || null;
  const userAgent = session.userAgent?.slice(0, 500) || null;
  // Nothing is recorded for an account that no longer exists (deleted between password check and now).
  await db.$executeRaw`
    INSERT INTO "UserSession" ("id", "sid", "userId", "ip", "userAgent")
    SELECT ${randomUUID()}, ${session.sid}, u."id", ${ip}, ${userAgent} FROM "User" u WHERE u."id" = ${session.userId}
    ON CONFLICT ("sid") DO NOTHING`;
}

/** A session's last request is written at most this often, per instance. */
const SEEN_EVERY_MS = 60_000;
const MAX_TRACKED = 50_000;
const holder = globalThis as unknown as { __sessionSeenWrites?: Map<string, number> };
const seenWrites = () => (holder.__sessionSeenWrites ??= new Map());

/**
 * Notes that a session made a request, for the account's list of sessions: at most one write a
 * minute per session, not awaited by the request, a failure only logged. Settles when written.
 */
export function noteSessionSeen(sid: string, now = new Date()): Promise<void> {
  const seen = seenWrites();
  const last = seen.get(sid);
  if (last !== undefined && now.getTime() - last < SEEN_EVERY_MS) return Promise.resolve();
  if (seen.size >= MAX_TRACKED) seen.clear();
  seen.set(sid, now.getTime());
  const before = new Date(now.getTime() - SEEN_EVERY_MS);
  return db.userSession.updateMany({ where: { sid, endedAt: null, lastSeenAt: { lt: before } }, data: { lastSeenAt: now } }).then(
    () => undefined,
    (error: unknown) => logger.warn({ err: error }, "sessions: last-seen time not written"),
  );
}

/** What ended: one session, or every session of a user. */
export type EndedSessions = { sid: string; userId?: string } | { userId: string; sid?: undefined };

/** After the change that ended them has committed: this instance forgets them, and their open streams close on every instance. */
export async function sessionsEnded(ended: EndedSessions): Promise<void> {
  forgetSessions(ended);
  await endStreamsOf(ended);
}

/**
 * Ends the given sessions inside the caller's transaction. The previous build checked
 * `RevokedSession` only: the ids go there too, so that its instances refuse them during a rolling
 * deploy (written until that table is dropped, in the next release). Expired rows are pruned.
 */
async function endSessionsIn(tx: Tx, sids: string[], now: Date, expiresAt = new Date(now.getTime() + maxAgeMs)): Promise<void> {
  if (sids.length === 0) return;
  await tx.userSession.updateMany({ where: { sid: { in: sids }, endedAt: null }, data: { endedAt: now } });
  await tx.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  await tx.revokedSession.createMany({ data: sids.map((sid) => ({ sid, expiresAt })), skipDuplicates: true });
  // A token lives `maxAge` past its last request at most: older rows can no longer be presented.
  const expired = new Date(now.getTime() - maxAgeMs - 24 * 60 * 60 * 1000);
  await tx.userSession.deleteMany({ where: { OR: [{ endedAt: { lt: expired } }, { lastSeenAt: { lt: expired } }] } });
}

/**
 * Signs one session out for good, whichever way out was taken (the UI's logout, Auth.js's signout
 * route): its cookie may still be presented (a copy, or a response in flight at logout), and it is
 * refused from now on. `expiresAt`: when its token expires. Written to the audit log.
 */
export async function endSession(session: { sid: string; userId: string; expiresAt?: Date }): Promise<void> {
  const { sid, userId, expiresAt } = session;
  await db.$transaction(async (tx) => {
    await endSessionsIn(tx, [sid], new Date(), expiresAt);
    await writeAudit(tx, { actorId: userId, action: "auth.logout", entity: "User", entityId: userId, after: { sid } });
  });
  await sessionsEnded({ sid, userId });
}

/** Ends one session inside the caller's transaction; call `sessionsEnded` once it has committed. */
export async function endSessionIn(tx: Tx, sid: string): Promise<void> {
  await endSessionsIn(tx, [sid], new Date());
}

/**
 * Ends the user's sessions but `keepSid` inside the caller's transaction (a password changed, the
 * user's "sign out the others"); returns the ids that ended, for `sessionsEnded` once committed.
 */
export async function endOtherSessionsIn(tx: Tx, userId: string, keepSid: string): Promise<string[]> {
  const open = await tx.userSession.findMany({ where: { userId, endedAt: null, sid: { not: keepSid } }, select: { sid: true } });
  const sids = open.map((session) => session.sid);
  await endSessionsIn(tx, sids, new Date());
  return sids;
}

/**
 * Runs `work` in one transaction that ends some of the user's sessions and returns their ids; once
 * it has committed, each of them is forgotten and its streams close. Returns the ids.
 */
export async function endingSessionsOf(userId: string, work: (tx: Tx) => Promise<string[]>): Promise<string[]> {
  const sids = await db.$transaction(work);
  for (const sid of sids) await sessionsEnded({ sid, userId });
  return sids;
}

/**
 * Ends every session of a user inside the caller's transaction (disabled, role or password
 * changed): their rows end, and the user's session version goes up, which the previous build
 * checks. Call `sessionsEnded({ userId })` once it has committed.
 */
export async function endUserSessionsIn(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
}
