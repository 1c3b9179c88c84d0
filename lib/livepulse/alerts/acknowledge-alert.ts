import "server-only";
import { type Actor } from "../../auth/roles";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { publishAlertChange } from "./events";
import { writeAudit } from "../../audit";

/** Someone takes an alert in hand: who and when are recorded; it resolves by itself once its condition clears. */
export async function acknowledgeAlert(actor: Actor, id: string) {
  assertCan(actor, "livepulse:acknowledge");
  const alert = await db.$transaction(async (tx) => {
    const before = await tx.alert.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "This alert does not exist.");
    if (before.status === "RESOLVED") throw new AppError("CONFLICT", "This alert is already resolved.");
    if (before.status === "ACKNOWLEDGED") return before;
    // The status in the WHERE: an evaluation resolving it meanwhile wins.
    const { count } = await tx.alert.updateMany({
      where: { id, status: "FIRING" },
      data: { status: "ACKNOWLEDGED", acknowledgedAt: new Date(), acknowledgedById: actor.id },
    });
    if (count === 0) throw new AppError("CONFLICT", "This alert changed meanwhile: reload it.");
    const after = await tx.alert.findUniqueOrThrow({ where: { id } });
    await writeAudit(tx, { actorId: actor.id, action: "alert.acknowledge", entity: "Alert", entityId: id, before, after });
    return after;
  });
  await publishAlertChange({ alertId: alert.id, ruleId: alert.ruleId ?? undefined });
  return alert;
}
