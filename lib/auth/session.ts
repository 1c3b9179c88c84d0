import "server-only";
import { cache } from "react";
import { AppError } from "../errors";
import { auth } from "./index";
import { can, type Permission } from "./permissions";
import type { Actor, Role } from "./roles";

export type SessionUser = { id: string; role: Role; name: string; email: string };

/** The signed-in user, read once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return session?.user?.id ? session.user : null;
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  return user;
}

/** Throws unless the actor's role holds the permission (object scope is the service's job). */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN", "You are not allowed to do this.");
}
