import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { publishNotifications } from "../../notifications/events";
import { notify } from "../../notifications/notify";
import { someOf } from "../../notifications/titles";
import { publishAll } from "../../realtime/publish-all";
import { assertAssignable, notifyAssignment } from "./assignment";
import { leadEvent } from "./events";
import { recordAssignment } from "./history";
import type { BulkAssign } from "./schemas";

/** At most this many ids ride in one bulk event (it stays small); past that subscribers just re-read. */
const bulkEventIds = 50;

/** Gives many leads one owner (or none); each lead gets its assignment entry, the new owner one notification. */
export async function bulkAssignLeads(actor: Actor, { ids, assigneeId }: BulkAssign) {
  assertCan(actor, "crm:write");
  const { changing, pending } = await db.$transaction(async (tx) => {
    await assertAssignable(tx, assigneeId);
    const leads = await tx.cRMLead.findMany({
      where: { id: { in: ids } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true, assigneeId: true, name: true, company: true },
    });
    const changing = leads.filter((l) => l.assigneeId !== assigneeId);
    if (changing.length === 0) return { changing, pending: [] };
    await tx.cRMLead.updateMany({ where: { id: { in: changing.map((l) => l.id) } }, data: { assigneeId, lastActivityAt: new Date() } });
    for (const lead of changing) await recordAssignment(tx, { leadId: lead.id, actorId: actor.id, from: lead.assigneeId, to: assigneeId });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "lead.bulkAssign",
      entity: "CRMLead",
      entityId: changing.map((l) => l.id).join(","),
      before: changing.map((l) => ({ id: l.id, assigneeId: l.assigneeId })),
      after: { assigneeId },
    });
    const pending =
      changing.length === 1
        ? await notifyAssignment(tx, actor, assigneeId, changing[0])
        : assigneeId && assigneeId !== actor.id
          ? await notify(tx, [assigneeId], {
              type: "LEAD_ASSIGNED",
              title: someOf(changing.map((l) => l.company ?? l.name)),
              link: "/crm/leads?mine=1",
            })
          : [];
    return { changing, pending };
  });
  if (changing.length > 0) {
    await Promise.all([
      publishNotifications(pending),
      publishAll([
        leadEvent("lead.updated", {
          ids: changing.length <= bulkEventIds ? changing.map((l) => l.id) : null,
          count: changing.length,
          assigneeId,
          change: "assigned",
        }),
      ]),
    ]);
  }
  return { updated: changing.length };
}
