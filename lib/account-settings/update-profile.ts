import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { forgetSessions } from "../auth/session-state";
import { db } from "../db";
import { AppError } from "../errors";
import { publishAccountChange } from "./events";
import type { ProfileInput } from "./schemas";

const profileColumns = { name: true, company: true, phone: true, locale: true } as const;

/**
 * The user changes their own name, company, phone or language (any of them). Empty company and
 * phone are kept as none. Audited with before and after; nothing is written when nothing changed.
 */
export async function updateProfile(actor: Actor, input: Partial<ProfileInput>) {
  assertCan(actor, "account:manage");
  const data = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.company !== undefined && { company: input.company || null }),
    ...(input.phone !== undefined && { phone: input.phone || null }),
    ...(input.locale !== undefined && { locale: input.locale }),
  };
  let changed = false;
  const after = await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.id }, select: profileColumns });
    if (!before) throw new AppError("NOT_FOUND", "This account does not exist.");
    const changes = Object.fromEntries(Object.entries(data).filter(([key, value]) => before[key as keyof typeof before] !== value));
    if (Object.keys(changes).length === 0) return before;
    const updated = await tx.user.update({ where: { id: actor.id }, data: changes, select: profileColumns });
    await writeAudit(tx, { actorId: actor.id, action: "user.profile_update", entity: "User", entityId: actor.id, before, after: updated });
    changed = true;
    return updated;
  });
  if (changed) {
    // The name shown in the header comes from the session's state: read it again.
    forgetSessions({ userId: actor.id });
    await publishAccountChange(actor.id);
  }
  return after;
}
