import "server-only";
import { db } from "../db";
import type { Role } from "./roles";

/** What a request needs to know of its session's user, read from the database. */
export type SessionState = {
  role: Role;
  name: string;
  email: string;
  disabled: boolean;
  /** The user's session version: a session that began with an older one has ended. */
  version: number;
  /** Whether this very session is not (or no longer) one of the user's open sessions: signed out, or never recorded. */
  revoked: boolean;
};

/**
 * How long a state read is reused. Every change made by this instance drops it at once
 * (`forgetSessions`); another instance's change is seen within this time, and its open
 * realtime streams are closed through the stream hub.
 */
export const sessionStateTtlMs = 2000;
const maxEntries = 10_000;

type Entry = { state: SessionState | null; expiresAt: number };
const globalForState = globalThis as unknown as { __sessionStates?: Map<string, Map<string, Entry>> };
const states = (globalForState.__sessionStates ??= new Map());

async function readState(userId: string, sid: string): Promise<SessionState | null> {
  const rows = await db.$queryRaw<Array<Omit<SessionState, "revoked"> & { revoked: boolean }>>`
    SELECT u."role", u."name", u."email", u."disabled", u."sessionVersion" AS "version",
           NOT EXISTS (SELECT 1 FROM "UserSession" s
                       WHERE s."sid" = ${sid} AND s."userId" = u."id" AND s."endedAt" IS NULL) AS "revoked"
    FROM "User" u WHERE u."id" = ${userId}`;
  return rows[0] ?? null;
}

/** The state of `userId`'s session `sid` (null: no such user), from a short cache. Throws when the database cannot answer. */
export async function sessionState(userId: string, sid: string, now = Date.now()): Promise<SessionState | null> {
  const cached = states.get(userId)?.get(sid);
  if (cached && cached.expiresAt > now) return cached.state;
  const state = await readState(userId, sid);
  if (states.size >= maxEntries) {
    for (const [id, sessions] of states) {
      for (const [key, entry] of sessions) if (entry.expiresAt <= now) sessions.delete(key);
      if (sessions.size === 0) states.delete(id);
    }
  }
  let sessions = states.get(userId);
  if (!sessions) states.set(userId, (sessions = new Map()));
  sessions.set(sid, { state, expiresAt: now + sessionStateTtlMs });
  return state;
}

/** Whether a session that began at `version` still holds. */
export function sessionHolds(state: SessionState | null, version: number): state is SessionState {
  return state !== null && !state.disabled && !state.revoked && state.version === version;
}

/** A session without a version began before versions existed: it holds while the user's is still the first one. */
export const tokenVersion = (ver: unknown): number => (typeof ver === "number" ? ver : 0);

/** Drops what this instance remembers of a user's sessions (all of them, or one). */
export function forgetSessions(target: { userId?: string; sid?: string }): void {
  if (target.userId) states.delete(target.userId);
  if (target.sid) for (const sessions of states.values()) sessions.delete(target.sid);
}
