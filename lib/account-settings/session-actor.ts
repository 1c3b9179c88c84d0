import "server-only";
import { assertCan, type SessionUser } from "../auth/session";
import { AppError } from "../errors";

/** A signed-in user with the id of the session they act from: the account pages need to know which one is "this device". */
export type SessionActor = SessionUser & { sid: string };

/** The user acting on their own account, from the session they are using. */
export function sessionActor(user: SessionUser): SessionActor {
  assertCan(user, "account:manage");
  // Passwords and sessions are a browser's business: an API token cannot take over its account.
  if (user.tokenId) throw new AppError("FORBIDDEN", "Sign in with a browser to manage your password and sessions.");
  if (!user.sid) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  return { ...user, sid: user.sid };
}
