import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * An admin sends a message again: a copy goes into the outbox (the original keeps its history) and
 * is delivered like any other. The content is the original's, links included.
 */
export async function resendEmail(actor: Actor, id: string): Promise<{ id: string }> {
  assertCan(actor, "emails:read");
  return db.$transaction(async (tx) => {
    const original = await tx.emailMessage.findUnique({ where: { id } });
    if (!original) throw new AppError("NOT_FOUND", "This message does not exist.");
    const { to, userId, locale, kind, category, subject, html, text, replyTo } = original;
    const copy = await tx.emailMessage.create({
      data: { to, userId, locale, kind, category, subject, html, text, replyTo, resentFromId: original.id },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "email.resend",
      entity: "EmailMessage",
      entityId: copy.id,
      after: { resentFromId: id, to },
    });
    return copy;
  });
}
