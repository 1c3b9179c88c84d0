import "server-only";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import type { TokenListQuery } from "./schemas";
import { tokenStatus, type TokenStatus } from "./statuses";

/** What is shown of a token: never its secret nor its hash. */
export const tokenColumns = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  lastUsedIp: true,
  revokedAt: true,
} as const satisfies Prisma.ApiTokenSelect;

type TokenRow = Prisma.ApiTokenGetPayload<{ select: typeof tokenColumns }>;
export type TokenView = TokenRow & { status: TokenStatus };

export const withStatus = <T extends TokenRow>(token: T, now = new Date()): T & { status: TokenStatus } => ({
  ...token,
  status: tokenStatus(token, now),
});

/** The tokens of a status at `now`. */
function statusWhere(status: TokenStatus | undefined, now: Date): Prisma.ApiTokenWhereInput {
  if (status === "revoked") return { revokedAt: { not: null } };
  if (status === "expired") return { revokedAt: null, expiresAt: { lte: now } };
  if (status === "active") return { revokedAt: null, expiresAt: { gt: now } };
  return {};
}

/** How many tokens a user's own list shows, newest first. */
const ownListSize = 100;

/** The actor's own tokens, newest first. */
export async function listOwnTokens(actor: Actor): Promise<TokenView[]> {
  assertCan(actor, "account:manage");
  const now = new Date();
  const rows = await db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ownListSize,
    select: tokenColumns,
  });
  return rows.map((row) => withStatus(row, now));
}

/** One page of every user's tokens, with their owner, newest first (admins). */
export async function listTokens(actor: Actor, query: TokenListQuery) {
  assertCan(actor, "tokens:manage");
  const now = new Date();
  const owner: Prisma.ApiTokenWhereInput = query.q
    ? {
        user: {
          OR: [{ name: { contains: query.q, mode: "insensitive" } }, { email: { contains: query.q, mode: "insensitive" } }],
        },
      }
    : {};
  const where: Prisma.ApiTokenWhereInput = { ...owner, ...statusWhere(query.status, now) };
  const [rows, total] = await Promise.all([
    db.apiToken.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: { ...tokenColumns, user: { select: { id: true, name: true, email: true } } },
    }),
    db.apiToken.count({ where }),
  ]);
  return { items: rows.map((row) => withStatus(row, now)), total, page: query.page, pageSize: query.pageSize };
}
