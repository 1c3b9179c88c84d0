import "server-only";
import { writeAudit } from "../audit";
import { endingSessionsOf, endOtherSessionsIn, endSessionIn } from "../auth/sessions";
import { AppError } from "../errors";
import { publishAccountChange } from "./events";
import type { SessionActor } from "./session-actor";

/**
 * The user signs one of their other sessions out (a browser left signed in elsewhere). Another
 * account's session, or one already ended, is not found; this very session ends through logout.
 */
export async function endOwnSession(actor: SessionActor, id: string): Promise<void> {
  await endingSessionsOf(actor.id, async (tx) => {
    const session = await tx.userSession.findFirst({ where: { id, userId: actor.id, endedAt: null }, select: { id: true, sid: true } });
    if (!session) throw new AppError("NOT_FOUND", "This session does not exist or has already ended.");
    if (session.sid === actor.sid) throw new AppError("CONFLICT", "This is the session you are using: sign out instead.");
    await endSessionIn(tx, session.sid);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "auth.session_end",
      entity: "User",
      entityId: actor.id,
      after: { session: session.id },
    });
    return [session.sid];
  });
  await publishAccountChange(actor.id);
}

/** The user signs out every session of theirs but this one. */
export async function endOtherOwnSessions(actor: SessionActor): Promise<{ endedSessions: number }> {
  const sids = await endingSessionsOf(actor.id, async (tx) => {
    const ended = await endOtherSessionsIn(tx, actor.id, actor.sid);
    if (ended.length > 0) {
      await writeAudit(tx, {
        actorId: actor.id,
        action: "auth.sessions_end_others",
        entity: "User",
        entityId: actor.id,
        after: { endedSessions: ended.length },
      });
    }
    return ended;
  });
  if (sids.length > 0) await publishAccountChange(actor.id);
  return { endedSessions: sids.length };
}
