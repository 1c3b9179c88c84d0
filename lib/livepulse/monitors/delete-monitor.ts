import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError } from "../../errors";

import { publishMonitorUpdate } from "./events";

/** Deletes an added monitor with its results and the alert rules that watch it; built-in checks are only disabled. */
export async function deleteMonitor(actor: Actor, id: string) {
  assertCan(actor, "livepulse:manage");
  await db.$transaction(async (tx) => {
    const before = await tx.serviceCheck.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "This monitor does not exist.");
    if (before.builtin) throw new AppError("CONFLICT", "A built-in check cannot be deleted; disable it instead.");
    await tx.serviceCheck.delete({ where: { id } });
    await writeAudit(tx, { actorId: actor.id, action: "serviceCheck.delete", entity: "ServiceCheck", entityId: id, before });
  });
  await publishMonitorUpdate([{ id, status: "UNKNOWN", changed: true }]);
  return { id };
}
