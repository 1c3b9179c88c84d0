import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import { publishTokenChange } from "./events";
import { tokenColumns, withStatus } from "./queries";

/** Revokes a token (its owner's, unless `anyOwner`): it is refused from the next call. Revoking it again changes nothing. */
async function revoke(actor: Actor, id: string, anyOwner: boolean) {
  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const before = await tx.apiToken.findFirst({
      where: { id, ...(anyOwner ? {} : { userId: actor.id }) },
      select: { ...tokenColumns, userId: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "This token does not exist.");
    if (before.revokedAt) return { token: before, changed: false };
    const token = await tx.apiToken.update({
      where: { id },
      data: { revokedAt: now, revokedById: actor.id },
      select: { ...tokenColumns, userId: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "apiToken.revoke",
      entity: "ApiToken",
      entityId: id,
      before: { revokedAt: null },
      after: { name: token.name, prefix: token.prefix, userId: token.userId, revokedAt: now },
    });
    return { token, changed: true };
  });
  if (result.changed) await publishTokenChange(result.token.userId);
  return withStatus(result.token, now);
}

/** The actor revokes one of their own tokens. */
export async function revokeOwnToken(actor: Actor, id: string) {
  assertCan(actor, "account:manage");
  return revoke(actor, id, false);
}

/** An admin revokes anyone's token. */
export async function revokeAnyToken(actor: Actor, id: string) {
  assertCan(actor, "tokens:manage");
  return revoke(actor, id, true);
}
