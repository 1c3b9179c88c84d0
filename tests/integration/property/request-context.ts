import { loginSchema } from "@/lib/auth/schemas";
import { authenticate } from "@/lib/auth/service";
import { actAs, auth, readSession } from "../fake-session";

/**
 * What Next's runtime would give a request: Auth.js, `next/headers` and `next/cache`. The suite mocks
 * `@/lib/auth/index`, `next/headers` and `next/cache` with this one module. The session is the
 * integration suites' fake one (../fake-session.ts), checked by the app against the database as a
 * real one would be; signing in checks the password as Auth.js's credentials provider does.
 */
type Caller = { id: string; role: string; name: string; email: string };

/** The address every request and action comes from. */
export const clientAddress = "203.0.113.7";

let requestHeaders = new Headers({ "x-forwarded-for": clientAddress });
const cookieJar = new Map<string, string>();

/** Who the next requests and actions come from (null: nobody is signed in). */
export function signInAs(user: Caller | null): void {
  actAs(user);
  requestHeaders = new Headers({ "x-forwarded-for": clientAddress });
  cookieJar.clear();
}

// `@/lib/auth/index`
export { auth, readSession };

/**
 * Auth.js's credentials sign-in: the password checked as its provider does. A refusal is thrown as
 * the AppError the sign-in action passes on (Auth.js wraps it, the action unwraps it); importing
 * next-auth here would load `next/headers`, which is this very module.
 */
export async function signIn(_provider: string, raw: unknown): Promise<void> {
  const { email, password } = loginSchema.parse(raw);
  await authenticate(email, password, clientAddress);
}

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
export const revalidateTag = () => undefined;
export const unstable_cache = <T>(read: () => Promise<T>) => read;
