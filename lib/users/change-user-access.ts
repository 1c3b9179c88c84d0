import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { endUserSessionsIn, sessionsEnded } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import type { UserAccessInput } from "./schemas";

const accessColumns = { id: true, email: true, name: true, role: true, disabled: true } as const;

/**
 * An admin changes someone's role or disables (or re-enables) the account. Every session of the
 * account ends at once, open realtime streams included: it signs in again with its new access.
 * The last active admin can be neither demoted nor disabled, so someone can always administer.
 */
export async function changeUserAccess(actor: Actor, id: string, input: UserAccessInput) {
  assertCan(actor, "users:manage");
  let ended = false;
  const after = await db.$transaction(async (tx) => {
    // Serialises access changes: two admins demoting each other at once cannot both succeed.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('user-access'))`;
    const before = await tx.user.findUnique({ where: { id }, select: accessColumns });
    if (!before) throw new AppError("NOT_FOUND", "This account does not exist.");
    const role = input.role ?? before.role;
    const disabled = input.disabled ?? before.disabled;
    if (role === before.role && disabled === before.disabled) return before;
    const losesAdmin = before.role === "ADMIN" && !before.disabled && (role !== "ADMIN" || disabled);
    if (losesAdmin) {
      const otherAdmins = await tx.user.count({ where: { role: "ADMIN", disabled: false, id: { not: id } } });
      if (otherAdmins === 0) {
        throw new AppError("CONFLICT", "The last active admin cannot be demoted or disabled.", { role: ["lastAdmin"] });
      }
    }
    const updated = await tx.user.update({ where: { id }, data: { role, disabled }, select: accessColumns });
    await endUserSessionsIn(tx, id);
    ended = true;
    const action = role !== before.role ? "user.role_change" : disabled ? "user.disable" : "user.enable";
    await writeAudit(tx, { actorId: actor.id, action, entity: "User", entityId: id, before, after: updated });
    return updated;
  });
  if (ended) await sessionsEnded({ userId: id });
  return after;
}
