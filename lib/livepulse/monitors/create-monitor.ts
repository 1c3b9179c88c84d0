import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";

import { type Monitor } from "./schemas";
import { publishMonitorUpdate } from "./events";

export async function createMonitor(actor: Actor, input: Monitor) {
  assertCan(actor, "livepulse:manage");
  const created = await db.$transaction(async (tx) => {
    const check = await tx.serviceCheck.create({ data: { ...input, builtin: false } });
    await writeAudit(tx, { actorId: actor.id, action: "serviceCheck.create", entity: "ServiceCheck", entityId: check.id, after: check });
    return check;
  });
  await publishMonitorUpdate([{ id: created.id, status: created.lastStatus, changed: true }]);
  return created;
}
