import "server-only";
import type { SessionUser } from "../auth/session";
import { AppError } from "../errors";

/** A signed-in user with the id of the session they act from: the account pages need to know which one is "this device". */
export type SessionActor = SessionUser & { sid: string };

export function sessionActor(user: SessionUser): SessionActor {
  if (!user.sid) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  return { ...user, sid: user.sid };
}
