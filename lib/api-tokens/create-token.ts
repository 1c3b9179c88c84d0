import "server-only";
import { writeAudit } from "../audit";
import { can } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import { publishTokenChange } from "./events";
import { tokenColumns, withStatus } from "./queries";
import { expiresAtOf, type CreateTokenInput } from "./schemas";
import { displayPrefix, hashToken, newTokenSecret } from "./token";

/** A user holds at most this many tokens that still work. */
const maxActiveTokens = 50;

/**
 * The actor creates a personal API token, with scopes among what their role may do. The secret is
 * returned this once: only its SHA-256 is stored. A call made with a token cannot create another.
 */
export async function createApiToken(actor: Actor, input: CreateTokenInput, now = new Date()) {
  assertCan(actor, "account:manage");
  if (actor.scopes) throw new AppError("FORBIDDEN", "An API token cannot create tokens: sign in to create one.");
  const wider = input.scopes.filter((scope) => !can(actor.role, scope));
  if (wider.length > 0) {
    throw new AppError("VALIDATION", `Your role does not allow: ${wider.join(", ")}.`, { scopes: ["scopeNotAllowed"] });
  }
  const secret = newTokenSecret();
  const expiresAt = expiresAtOf(input, now);
  const token = await db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: actor.id, revokedAt: null, expiresAt: { gt: now } } });
    if (active >= maxActiveTokens) {
      throw new AppError("CONFLICT", `You have ${maxActiveTokens} active tokens: revoke one first.`, { name: ["tooManyTokens"] });
    }
    const created = await tx.apiToken.create({
      data: {
        userId: actor.id,
        name: input.name,
        prefix: displayPrefix(secret),
        tokenHash: hashToken(secret),
        scopes: input.scopes,
        expiresAt,
        createdAt: now,
      },
      select: tokenColumns,
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "apiToken.create",
      entity: "ApiToken",
      entityId: created.id,
      after: { name: created.name, prefix: created.prefix, scopes: created.scopes, expiresAt: created.expiresAt, userId: actor.id },
    });
    return created;
  });
  await publishTokenChange(actor.id);
  return { ...withStatus(token, now), token: secret };
}
