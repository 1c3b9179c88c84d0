import "server-only";
import { db } from "./db";
import { AppError } from "./errors";

export type WindowState = { count: number; resetAt: Date };

/**
 * Fixed-window counters kept in the database, so every app instance sees the
 * same numbers. `hit` counts one event; `peek` reads without counting.
 */
export async function hit(key: string, windowMs: number, now = new Date()): Promise<WindowState> {
  const resetAt = new Date(now.getTime() + windowMs);
  const rows = await db.$queryRaw<WindowState[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt") VALUES (${key}, 1, ${resetAt})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${now} THEN ${resetAt} ELSE "RateLimit"."resetAt" END
    RETURNING "count", "resetAt"`;
  return rows[0];
}

export async function peek(key: string, now = new Date()): Promise<WindowState | null> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.resetAt <= now) return null;
  return { count: row.count, resetAt: row.resetAt };
}

export async function clear(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** The refusal of a limited caller: RATE_LIMITED with the whole seconds left in the window, which doors send as Retry-After. */
export function rateLimited(message: string, resetAt: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return new AppError("RATE_LIMITED", message, undefined, { retryAfterSeconds });
}

/**
 * A limit declared at a door (a route spec's `rateLimit`, an action's middleware):
 * at most `limit` calls per `windowSeconds`, counted per client address (`ip`) or
 * per signed-in user (`user`; per address for an anonymous caller).
 */
export type RateLimitPolicy = { name: string; limit: number; windowSeconds: number; key: "ip" | "user" };

export type Caller = { ip: string; userId?: string | null };

/** Counts one call under the policy; past its limit, throws until the window ends. */
export async function enforceRateLimit(policy: RateLimitPolicy, caller: Caller, now = new Date()): Promise<void> {
  const subject = policy.key === "user" && caller.userId ? `user:${caller.userId}` : `ip:${caller.ip}`;
  const state = await hit(`rate:${policy.name}:${subject}`, policy.windowSeconds * 1000, now);
  if (state.count > policy.limit) throw rateLimited("Too many requests. Please wait before trying again.", state.resetAt, now);
}
