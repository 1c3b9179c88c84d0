import { startSession } from "@/lib/auth/sessions";

/**
 * Stands in for Auth.js, which needs Next's runtime: the signed-in user is whatever the test says.
 * Unless a test names the session (`sid`), each user has one session of their own, begun at the
 * user's first session version. The first time a session is presented it is recorded, as signing
 * in would; the app then checks it against the database as it would a real one (lib/auth/session.ts).
 *
 *   vi.mock("@/lib/auth/index", () => import("./fake-session"));
 *   import { fakeSession } from "./fake-session";
 *   actAs(user);   // or fakeSession.user = { id, role, name, email };
 */
const defaultSid = "integration-test-session";

export const fakeSession = {
  user: null as null | { id: string; role: string; name: string; email: string },
  sid: defaultSid,
  ver: 0,
};

const started = new Set<string>();

type Caller = { id: string; role: string; name: string; email: string };

/**
 * Makes the next calls come from `user` (null: nobody is signed in): in their own session unless
 * `sid` names one, begun at session version `ver` (0 unless given).
 */
export function actAs(user: Caller | null, session: { sid?: string; ver?: number } = {}): void {
  fakeSession.user = user && { id: user.id, role: user.role, name: user.name, email: user.email };
  fakeSession.sid = session.sid ?? defaultSid;
  fakeSession.ver = session.ver ?? 0;
}

/** Auth.js's `auth()`, and the doors' `readSession()` (lib/auth/index.ts): the same fake session. */
async function fakeAuth() {
  const user = fakeSession.user;
  if (!user) return null;
  const sid = fakeSession.sid === defaultSid ? `${defaultSid}-${user.id}` : fakeSession.sid;
  if (!started.has(sid)) {
    await startSession({ sid, userId: user.id });
    started.add(sid);
  }
  return { user, sid, ver: fakeSession.ver };
}

export { fakeAuth as auth, fakeAuth as readSession };
