import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isAppError } from "../errors";
import { env } from "../env";
import { logger } from "../logger";
import { clientAddress } from "../request-info";
import type { Role } from "./roles";
import { loginSchema } from "./schemas";
import { authenticate, freshSessionUser } from "./service";
import { isSessionRevoked, newSessionId } from "./sessions";

declare module "next-auth" {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; role: Role; name: string; email: string };
    /** This session's id: a logout revokes it. */
    sid?: string;
  }
}

/** How often the session re-reads the user's role and disabled state. */
const recheckMs = 60_000;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = loginSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          const user = await authenticate(parsed.data.email, parsed.data.password, clientAddress(request.headers));
          return { id: user.id, email: user.email, name: user.name, role: user.role };
        } catch (error) {
          if (isAppError(error)) {
            const signInError = new CredentialsSignin();
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
        return { ...token, sub: user.id, role: user.role, sid: newSessionId(), checkedAt: Date.now() };
      }
      if (!token.sub) return null;
      // Logged out: the cookie may come back (a copy, a response in flight at logout), the session does not.
      if (typeof token.sid === "string" && (await isSessionRevoked(token.sid))) return null;
      if (Date.now() - Number(token.checkedAt ?? 0) > recheckMs) {
        const fresh = await freshSessionUser(token.sub);
        if (!fresh) return null;
        return { ...token, ...fresh, checkedAt: Date.now() };
      }
      return token;
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
      return session;
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
