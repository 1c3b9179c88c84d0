import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
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
