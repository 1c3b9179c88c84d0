import "server-only";
import { db } from "./db";

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
