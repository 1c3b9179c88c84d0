/**
 * What Next's runtime would give a request: the Auth.js session, `next/headers` and `next/cache`. The
 * suite mocks `@/lib/auth/index`, `next/headers` and `next/cache` with this one module, so whoever is
 * "signed in" is whatever `signInAs` last said, and nothing else about sessions is assumed.
 */
type Caller = { id: string; role: string; name: string; email: string };

let caller: Caller | null = null;
let requestHeaders = new Headers();
const cookieJar = new Map<string, string>();

/** Who the next requests and actions come from (null: nobody is signed in). */
export function signInAs(user: Caller | null, headers: HeadersInit = {}): void {
  caller = user && { id: user.id, role: user.role, name: user.name, email: user.email };
  requestHeaders = new Headers(headers);
  cookieJar.clear();
}

// `@/lib/auth/index`
// One session for every caller, begun at the first session version: the app checks it against the database as it would a real one.
export const auth = async () =>
  caller ? { user: caller, sid: "property-suite-session", ver: 0, expires: new Date(Date.now() + 3_600_000).toISOString() } : null;
export const signIn = async () => undefined;
export const signOut = async () => undefined;
const notHere = () => Response.json({ error: { code: "NOT_FOUND", message: "Not served in tests." } }, { status: 404 });
export const handlers = { GET: notHere, POST: notHere };

// `next/headers`
export const headers = async () => requestHeaders;
export const cookies = async () => ({
  get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
  getAll: () => [...cookieJar].map(([name, value]) => ({ name, value })),
  has: (name: string) => cookieJar.has(name),
  set: (name: string, value: string) => void cookieJar.set(name, value),
  delete: (name: string) => void cookieJar.delete(name),
});

// `next/cache`: outside a request Next has no store to revalidate, and a page cache is no concern here.
export const revalidatePath = () => undefined;
