import "server-only";
import { cache } from "react";
import { AppError } from "../errors";
import { noteSeen } from "../livepulse/metrics/active-users";
import { auth } from "./index";
import { can, type Permission } from "./permissions";
import type { Actor, Role } from "./roles";

export type SessionUser = { id: string; role: Role; name: string; email: string };

/** The signed-in user, read once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  // Not awaited: LivePulse's active users must never slow down or fail the request.
  void noteSeen(session.user.id);
  return session.user;
});

/** Throws unless the actor's role holds the permission (object scope is the service's job). */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN", "You are not allowed to do this.");
}
