import "server-only";
import { db } from "../../db";
import { logger } from "../../logger";

/** A user's last-seen time is written at most this often, per instance. */
const WRITE_EVERY_MS = 60_000;
const MAX_TRACKED = 50_000;

const holder = globalThis as unknown as { __lastSeenWrites?: Map<string, number> };
const writes = () => (holder.__lastSeenWrites ??= new Map());

/**
 * Notes that a signed-in user made a request. Cheap on the request's path: at
 * most one write a minute per user, not awaited by the caller, and a failure
 * is only logged. The returned promise settles when the write is done.
 */
export function noteSeen(userId: string, now = new Date()): Promise<void> {
  const seen = writes();
  const last = seen.get(userId);
  if (last !== undefined && now.getTime() - last < WRITE_EVERY_MS) return Promise.resolve();
  if (seen.size >= MAX_TRACKED) seen.clear();
  seen.set(userId, now.getTime());
  const before = new Date(now.getTime() - WRITE_EVERY_MS);
  return db.user
    .updateMany({ where: { id: userId, OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: before } }] }, data: { lastSeenAt: now } })
    .then(
      () => undefined,
      (error: unknown) => logger.warn({ err: error }, "metrics: last-seen time not written"),
    );
}

/** Signed-in users seen in the last `minutes`. */
export function activeUsers(minutes: number, now: Date): Promise<number> {
  return db.user.count({ where: { disabled: false, lastSeenAt: { gt: new Date(now.getTime() - minutes * 60_000), lte: now } } });
}
