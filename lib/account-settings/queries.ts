import "server-only";
import type { Actor } from "../auth/roles";
import { sessionMaxAgeSeconds } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import type { SessionActor } from "./session-actor";
import { describeUserAgent } from "./user-agent";

/** The account's own details, as its profile form shows them. */
export async function accountProfile(actor: Actor) {
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      id: true,
      email: true,
      name: true,
      company: true,
      phone: true,
      locale: true,
      role: true,
      emailCategories: true,
      createdAt: true,
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "This account does not exist.");
  return { ...user, locale: user.locale === "en" ? ("en" as const) : ("fr" as const) };
}

/** At most this many sessions are listed, the most recently used first. */
export const sessionsListed = 50;

/**
 * The account's open sessions, the one making the request marked `current`. A session unused for
 * longer than a token lives has expired, and is not listed.
 */
export async function accountSessions(actor: SessionActor, now = new Date()) {
  const where = {
    userId: actor.id,
    endedAt: null,
    lastSeenAt: { gt: new Date(now.getTime() - sessionMaxAgeSeconds * 1000) },
  };
  const [rows, total] = await Promise.all([
    db.userSession.findMany({
      where,
      orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
      take: sessionsListed,
      select: { id: true, sid: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    }),
    db.userSession.count({ where }),
  ]);
  const sessions = rows.map(({ sid, userAgent, ...session }) => ({
    ...session,
    ...describeUserAgent(userAgent),
    current: sid === actor.sid,
  }));
  // This device first, whatever its last request.
  sessions.sort((a, b) => Number(b.current) - Number(a.current));
  return { sessions, total };
}
