import "server-only";
import { writeAudit } from "../audit";
import { AppError } from "../errors";
import { db } from "../db";
import { env } from "../env";
import { clear, hit, peek, rateLimited } from "../rate-limit";
import { hashPassword, verifyPassword } from "./password";
import type { Role } from "./roles";
import type { RegisterInput } from "./schemas";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; locale: string };

const keys = (email: string, ip: string) => [`login:email:${email}`, `login:ip:${ip}`];

// A real hash to compare against when the email is unknown, so timing does not tell.
const decoyHash = hashPassword("decoy-password-never-matches");

const throttled = (resetAt: Date, now: Date) => rateLimited("Too many failed sign-in attempts.", resetAt, now);

/**
 * Checks an email and password. Failed attempts are counted per email and per
 * client address; past the limit every attempt is refused until the window ends.
 * Only failures count, so this throttle lives here rather than at a door: it
 * covers the login action and Auth.js's own endpoint alike.
 */
export async function authenticate(email: string, password: string, ip: string): Promise<AuthenticatedUser> {
  const now = new Date();
  const { maxFailures, windowMs } = env.loginThrottle;
  for (const key of keys(email, ip)) {
    const state = await peek(key, now);
    if (state && state.count >= maxFailures) throw throttled(state.resetAt, now);
  }

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !valid || user.disabled) {
    const states = await Promise.all(keys(email, ip).map((key) => hit(key, windowMs, now)));
    const blocking = states.find((s) => s.count >= maxFailures);
    if (blocking) throw throttled(blocking.resetAt, now);
    throw new AppError("UNAUTHORIZED", user?.disabled && valid ? "This account is disabled." : "Invalid email or password.", undefined, {
      reason: user?.disabled && valid ? "disabled" : "invalid",
    });
  }

  await clear(keys(email, ip)[0]);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}

/** Creates a customer account (self-registration). */
export async function registerCustomer(input: RegisterInput, locale: string): Promise<AuthenticatedUser> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    throw new AppError("CONFLICT", "An account already exists with this email.", { email: ["emailTaken"] });
  }
  const passwordHash = await hashPassword(input.password);
  const user = await db
    .$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          company: input.company || null,
          passwordHash,
          role: "CUSTOMER",
          locale,
        },
      });
      await writeAudit(tx, {
        actorId: created.id,
        action: "user.register",
        entity: "User",
        entityId: created.id,
        after: { email: created.email, role: created.role },
      });
      return created;
    })
    .catch((error: unknown) => {
      // Two sign-ups with the same email at once: the unique index decides.
      if ((error as { code?: string }).code === "P2002") {
        throw new AppError("CONFLICT", "An account already exists with this email.", { email: ["emailTaken"] });
      }
      throw error;
    });
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}

/** The session's view of a user, re-read so a disabled or demoted user loses access. */
export async function freshSessionUser(id: string): Promise<{ role: Role; name: string; email: string } | null> {
  const user = await db.user.findUnique({ where: { id }, select: { role: true, disabled: true, name: true, email: true } });
  if (!user || user.disabled) return null;
  return { role: user.role, name: user.name, email: user.email };
}
