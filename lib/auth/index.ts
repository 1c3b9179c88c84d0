import "server-only";
import { cookies } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isAppError } from "../errors";
import { env } from "../env";
import { logger } from "../logger";
import { clientAddress } from "../request-info";
import type { Role } from "./roles";
import { loginSchema } from "./schemas";
import { authenticate } from "./service";
import { sessionHolds, sessionState, tokenVersion } from "./session-state";
import { decodeSessionToken, sessionCookie } from "./session-token";
import { endSession, newSessionId, sessionMaxAgeSeconds, startSession, type SessionClient } from "./sessions";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
    /** Where the sign-in came from: recorded with the session it begins. */
    client?: SessionClient;
  }
  interface Session {
    user: { id: string; role: Role; name: string; email: string };
    /** This session's id: a logout revokes it. */
    sid?: string;
    /** The user's session version when this session began. */
    ver?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          const ip = clientAddress(request.headers);
          const user = await authenticate(parsed.data.email, parsed.data.password, ip);
          const client = { ip, userAgent: request.headers.get("user-agent") };
          return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, client };
        } catch (error) {
          if (isAppError(error)) {
            // The cause reaches the login action (which reports the precise reason and wait); the code, Auth.js's own endpoint.
            const signInError = new CredentialsSignin(error.message, { cause: error });
            signInError.code = error.code === "RATE_LIMITED" ? "rate_limited" : "invalid_credentials";
            throw signInError;
          }
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id && user.role) {
        // Only a recorded session holds: the account's list of sessions shows it, and it can be ended alone.
        const sid = newSessionId();
        await startSession({ sid, userId: user.id, ...user.client });
        return { ...token, sub: user.id, role: user.role, sid, ver: user.sessionVersion ?? 0 };
      }
      if (!token.sub || typeof token.sid !== "string") return null;
      // Signed out, disabled, demoted…: the cookie is dropped. The doors check again through
      // currentUser(), which also answers 503 when the database cannot say: here, where only the
      // proxy's redirects depend on it, a database that cannot answer leaves the token as it is.
      const state = await sessionState(token.sub, token.sid).catch(() => undefined);
      if (state === undefined) return token;
      if (!sessionHolds(state, tokenVersion(token.ver))) return null;
      return { ...token, role: state.role, name: state.name, email: state.email };
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub as string,
        role: token.role as Role,
        name: token.name ?? "",
        email: token.email ?? "",
      };
      if (typeof token.sid === "string") session.sid = token.sid;
      session.ver = tokenVersion(token.ver);
      return session;
    },
  },
  events: {
    // Every way out (the UI's logout calls signOut too) ends the session on the server.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.sub || typeof token.sid !== "string") return;
      const expiresAt = new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + sessionMaxAgeSeconds * 1000);
      await endSession({ sid: token.sid, userId: token.sub, expiresAt });
    },
  },
  logger: {
    error(error) {
      // A wrong password is an expected outcome, not a server error.
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      logger.error({ err: error }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
  },
});

/**
 * The request's session as its cookie says (who, which session, begun at which session version),
 * not yet checked against the database: currentUser() does that. The doors' read, without Auth.js's
 * `auth()`, which also re-encrypts the cookie and makes a CSRF token on every call (session-token.ts).
 */
export async function readSession(): Promise<{ user: { id: string }; sid?: string; ver: number } | null> {
  const jar = await cookies();
  const cookie = sessionCookie((name) => jar.get(name)?.value);
  const payload = cookie && (await decodeSessionToken(cookie.value, cookie.name, [env.authSecret]));
  if (!payload?.sub) return null;
  return { user: { id: payload.sub }, sid: typeof payload.sid === "string" ? payload.sid : undefined, ver: tokenVersion(payload.ver) };
}
