/**
 * Stands in for Auth.js, which needs Next's runtime: the signed-in user is whatever the test says.
 * Every session is the same one (`sid`), begun at the user's first session version; the app still
 * checks it against the database as it would a real one (lib/auth/session.ts).
 *
 *   vi.mock("@/lib/auth/index", () => import("./fake-session"));
 *   import { fakeSession } from "./fake-session";
 *   fakeSession.user = { id, role, name, email };
 */
export const fakeSession = {
  user: null as null | { id: string; role: string; name: string; email: string },
  sid: "integration-test-session",
  ver: 0,
};

export async function auth() {
  return fakeSession.user ? { user: fakeSession.user, sid: fakeSession.sid, ver: fakeSession.ver } : null;
}
