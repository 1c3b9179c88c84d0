import "server-only";
import { type Actor } from "../../auth/roles";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { publishAlertChange } from "./events";
import { writeAudit } from "../../audit";

/** Deletes a rule and the alerts it raised. */
export async function deleteAlertRule(actor: Actor, id: string) {
  assertCan(actor, "livepulse:manage");
  await db.$transaction(async (tx) => {
    const before = await tx.alertRule.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "This alert rule does not exist.");
    await tx.alertRule.delete({ where: { id } });
    await writeAudit(tx, { actorId: actor.id, action: "alertRule.delete", entity: "AlertRule", entityId: id, before });
  });
  await publishAlertChange({ ruleId: id });
  return { id };
}
