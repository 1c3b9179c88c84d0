import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import { EmailCategory } from "../generated/prisma/enums.ts";
import { chosenEmailCategories, optionalEmailCategories } from "../mail/preferences";
import { publishAccountChange } from "./events";

/**
 * The user chooses the optional mail they receive among the categories of their role (a customer:
 * requests, tickets, incidents; staff: team notices and alerts). The categories of other roles they
 * keep are left as they are. Audited with before and after; nothing is written when nothing changed.
 */
export async function updateEmailPreferences(actor: Actor, input: { emailCategories: EmailCategory[] }) {
  assertCan(actor, "account:manage");
  const offered = optionalEmailCategories(actor.role);
  const refused = input.emailCategories.filter((category) => !(offered as readonly EmailCategory[]).includes(category));
  if (refused.length > 0) {
    throw new AppError("VALIDATION", `These categories are not offered to this account: ${refused.join(", ")}.`, {
      emailCategories: ["invalid"],
    });
  }
  let changed = false;
  const after = await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.id }, select: { emailCategories: true } });
    if (!before) throw new AppError("NOT_FOUND", "This account does not exist.");
    const kept = before.emailCategories.filter((category) => !(offered as readonly EmailCategory[]).includes(category));
    // Stored in the enum's order, so that the same choice is always the same list.
    const next = Object.values(EmailCategory).filter((category) => kept.includes(category) || input.emailCategories.includes(category));
    if (next.join() === before.emailCategories.join()) return before;
    const updated = await tx.user.update({ where: { id: actor.id }, data: { emailCategories: next }, select: { emailCategories: true } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "user.email_preferences",
      entity: "User",
      entityId: actor.id,
      before,
      after: updated,
    });
    changed = true;
    return updated;
  });
  if (changed) await publishAccountChange(actor.id);
  return { emailCategories: chosenEmailCategories({ role: actor.role, emailCategories: after.emailCategories }) };
}
