import "server-only";
import { permissions, type Permission } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import { logger } from "../logger";
import { hit, rateLimited } from "../rate-limit";
import { hashToken, isTokenShaped } from "./token";

/** Calls one token may make per window; past it, 429 with Retry-After. */
export const tokenRateLimit = { limit: 600, windowSeconds: 60 };
/** The rate-limit counter of a token. */
export const tokenRateKey = (tokenId: string) => `rate:api-token:${tokenId}`;

/** A token's last use is written at most this often. */
const usedEveryMs = 60_000;

const refused = () => new AppError("UNAUTHORIZED", "This API token is not valid: it is unknown, expired or revoked.");

const isPermission = (value: string): value is Permission => (permissions as string[]).includes(value);

/**
 * The caller of `Authorization: Bearer <token>`: the token's owner, with their current role, narrowed
 * to the token's scopes. An unknown, expired or revoked token, or one whose owner is disabled, is
 * refused (401) at once: the token and its owner are read on every call. Each token has its own
 * rate limit, and its last use (when and from where) is written at most once a minute.
 */
export async function tokenCaller(token: string, ip: string, now = new Date()): Promise<SessionUser> {
  if (!isTokenShaped(token)) throw refused();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, role: true, name: true, email: true, disabled: true } },
    },
  });
  if (!row || row.revokedAt || row.expiresAt <= now || row.user.disabled) throw refused();
  const window = await hit(tokenRateKey(row.id), tokenRateLimit.windowSeconds * 1000, now);
  if (window.count > tokenRateLimit.limit) throw rateLimited("Too many calls with this token. Please wait.", window.resetAt, now);
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= usedEveryMs) await noteUsed(row.id, ip, now);
  const { id, role, name, email } = row.user;
  return { id, role, name, email, scopes: row.scopes.filter(isPermission), tokenId: row.id };
}

/** Writes when and from where a token was last used; a failure is only logged, the call goes on. */
async function noteUsed(id: string, ip: string, now: Date): Promise<void> {
  const before = new Date(now.getTime() - usedEveryMs);
  try {
    await db.apiToken.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: before } }] },
      data: { lastUsedAt: now, lastUsedIp: ip.slice(0, 100) },
    });
  } catch (error) {
    logger.warn({ err: error }, "api tokens: last use not written");
  }
}
