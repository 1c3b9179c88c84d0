import "server-only";
import { writeAudit } from "../audit";
import { queueVerificationEmail } from "../accounts/verify-email";
import { AppError } from "../errors";
import { db } from "../db";
import { uniqueViolation } from "../db-errors";
import { env } from "../env";
import { queueEmail } from "../mail/queue-email";
import { clear, hit, peek, rateLimited } from "../rate-limit";
import { hashPassword, verifyPassword } from "./password";
import type { Role } from "./roles";
import type { RegisterInput } from "./schemas";

export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; locale: string; sessionVersion: number };

/**
 * Failed sign-ins are counted three ways. One address on one account, and one address on any
 * account (a few times more), are refused past their limit until the window ends. The account
 * alone, over every address, is never locked, or anyone could lock its owner out: past the limit
 * each further attempt on it is only slowed down.
 */
const throttleKeys = (email: string, address: string) => ({
  pair: `login:pair:${email}|${address}`,
  address: `login:ip:${address}`,
  account: `login:email:${email}`,
});
/** How many more failures one address may make across accounts than on one. */
const addressFactor = 5;
/** The slow-down past the account's limit: this much more per extra failure, up to the cap. */
const slowdownStepMs = 250;
const slowdownCapMs = 3000;

// A real hash to compare against when the email is unknown, so timing does not tell.
const decoyHash = hashPassword("decoy-password-never-matches");

const throttled = (resetAt: Date, now: Date) => rateLimited("Too many failed sign-in attempts.", resetAt, now);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait before the next attempt on an account that failed `failures` times in the window (0 under the limit). */
export function accountSlowdownMs(failures: number, limit: number): number {
  return failures < limit ? 0 : Math.min(slowdownCapMs, (failures - limit + 1) * slowdownStepMs);
}

/**
 * Checks an email and password, throttled as above, and writes the outcome to the audit log.
 * Only failures count, so this throttle lives here rather than at a door: it covers the login
 * action and Auth.js's own endpoint alike, which both come here.
 */
export async function authenticate(
  email: string,
  password: string,
  address: string,
  throttle = env.loginThrottle,
): Promise<AuthenticatedUser> {
  const now = new Date();
  const { maxFailures, windowMs } = throttle;
  const keys = throttleKeys(email, address);
  const limits = [
    [keys.pair, maxFailures],
    [keys.address, maxFailures * addressFactor],
  ] as const;
  for (const [key, limit] of limits) {
    const state = await peek(key, now);
    if (state && state.count >= limit) throw throttled(state.resetAt, now);
  }
  const account = await peek(keys.account, now);
  const slowdown = accountSlowdownMs(account?.count ?? 0, maxFailures);
  if (slowdown) await sleep(slowdown);

  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !valid || user.disabled) {
    const reason = user?.disabled && valid ? "disabled" : "invalid";
    const [pair, fromAddress] = await Promise.all([
      hit(keys.pair, windowMs, now),
      hit(keys.address, windowMs, now),
      hit(keys.account, windowMs, now),
    ]);
    await writeAudit(db, {
      actorId: null,
      action: "auth.login_failed",
      entity: "User",
      entityId: user?.id ?? "",
      after: { email, address, reason },
    });
    if (pair.count >= maxFailures) throw throttled(pair.resetAt, now);
    if (fromAddress.count >= maxFailures * addressFactor) throw throttled(fromAddress.resetAt, now);
    throw new AppError("UNAUTHORIZED", reason === "disabled" ? "This account is disabled." : "Invalid email or password.", undefined, {
      reason,
    });
  }

  await clear(keys.pair);
  await clear(keys.account);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await writeAudit(tx, { actorId: user.id, action: "auth.login", entity: "User", entityId: user.id, after: { address } });
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    sessionVersion: user.sessionVersion,
  };
}

/** Notices of a registration attempt one account receives at most per hour: nobody can flood its owner with them. */
const attemptNoticesPerHour = 3;

/**
 * Self-registration, which tells nothing about who has an account. A new email creates the customer
 * (not yet verified: a verification email is queued in the same transaction) and returns it, to be
 * signed in. An email that has an account creates nothing and returns null: its owner is told by
 * email that someone tried, with the way to sign in or reset the password. Both ways hash the
 * password, so their timing is alike; only signing the new customer in differs (docs/security.md).
 */
export async function registerCustomer(input: RegisterInput, locale: string): Promise<AuthenticatedUser | null> {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    // What signing the new customer in costs (a password check), so the answer takes as long.
    await verifyPassword(input.password, passwordHash);
    await noticeRegistrationAttempt(input.email);
    return null;
  }
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
          emailVerifiedAt: null,
        },
      });
      await writeAudit(tx, {
        actorId: created.id,
        action: "user.register",
        entity: "User",
        entityId: created.id,
        after: { email: created.email, role: created.role },
      });
      await queueVerificationEmail(tx, created);
      return created;
    })
    .catch(async (error: unknown) => {
      // Two sign-ups with the same email at once: the unique index decides, and the loser is told like any existing email.
      if (uniqueViolation(error)) {
        await noticeRegistrationAttempt(input.email);
        return null;
      }
      throw error;
    });
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, sessionVersion: user.sessionVersion };
}

/** Tells an account's owner that someone tried to register with their address (audited), a few times an hour at most. */
async function noticeRegistrationAttempt(email: string): Promise<void> {
  const counted = await hit(`mail:registration-attempt:${email}`, 3_600_000);
  if (counted.count > attemptNoticesPerHour) return;
  await db.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true, disabled: true } });
    if (!owner || owner.disabled) return;
    const message = await queueEmail(tx, {
      to: email,
      userId: owner.id,
      name: owner.name,
      locale: owner.locale,
      kind: "REGISTRATION_ATTEMPT",
      params: {},
    });
    await writeAudit(tx, {
      actorId: null,
      action: "user.registration_attempted",
      entity: "User",
      entityId: owner.id,
      after: { emailMessageId: message.id },
    });
  });
}

/** The role of the account with this email (just signed in). */
export async function roleOf(email: string): Promise<Role> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { role: true } });
  return user.role;
}
