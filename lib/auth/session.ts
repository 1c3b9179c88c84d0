import "server-only";
import { cache } from "react";
import { AppError } from "../errors";
import { noteSeen } from "../livepulse/metrics/active-users";
import { readSession } from "./index";
import { can, type Permission } from "./permissions";
import type { Actor, Role } from "./roles";
import { sessionHolds, sessionState, tokenVersion } from "./session-state";
import { noteSessionSeen } from "./sessions";

export type SessionUser = {
  id: string;
  role: Role;
  name: string;
  email: string;
  /** The session's id (a browser session only). */
  sid?: string;
  /** A call made with a personal API token: what the token may do (the role is narrowed to these), and its id. */
  scopes?: readonly Permission[];
  tokenId?: string;
};

/**
 * The signed-in user, read once per request. The session must still hold (not signed out, the
 * user neither disabled nor changed since), and the role is the user's current one. When the
 * database cannot say, this throws and the door answers 503: never "sign in".
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await readSession();
  if (!session?.user?.id || !session.sid) return null;
  const state = await sessionState(session.user.id, session.sid);
  if (!sessionHolds(state, tokenVersion(session.ver))) return null;
  // Not awaited: LivePulse's active users must never slow down or fail the request.
  void noteSeen(session.user.id);
  void noteSessionSeen(session.sid);
  return { id: session.user.id, role: state.role, name: state.name, email: state.email, sid: session.sid };
});

/** Throws unless the actor's role holds the permission (object scope is the service's job). */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "You are not allowed to do this.");
}
