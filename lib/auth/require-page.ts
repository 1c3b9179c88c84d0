import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { isAppError } from "../errors";
import { loginUrl, requestPathHeader } from "./callback-url";
import { can, homeOf, type Permission } from "./permissions";
import { currentUser, type SessionUser } from "./session";

/**
 * The guard of a page or layout, behind the proxy's redirects. An anonymous
 * visitor goes to sign in and comes back to this page (the proxy hands over its
 * path and query); a user whose role lacks `permission` goes to `otherwise`,
 * their home unless said.
 */
export async function requirePage(permission?: Permission, { otherwise }: { otherwise?: string } = {}): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(loginUrl((await headers()).get(requestPathHeader)));
  if (permission && !can(user.role, permission)) redirect(otherwise ?? homeOf[user.role]);
  return user;
}

/**
 * The record of a detail page, read once per request (its layout and its page share the read): the
 * guard first, then `read`; a record the user may not see is a real 404. The `[id]` layout awaits it
 * before anything streams, so the page's loading state only ever shows for a record that exists.
 */
export function pageRecord<T>(permission: Permission, read: (user: SessionUser, id: string) => Promise<T>) {
  return cache(async (id: string) => {
    const user = await requirePage(permission);
    try {
      return { user, record: await read(user, id) };
    } catch (error) {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }
  });
}
