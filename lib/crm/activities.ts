import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import { AppError } from "../errors";
import type { ActivityCreate } from "./lead-schemas";

/** A lead's timeline, newest first, paginated. */
export async function listActivities(actor: Actor, leadId: string, { page, pageSize }: { page: number; pageSize: number }) {
  assertCan(actor, "crm:read");
  const lead = await db.cRMLead.findUnique({ where: { id: leadId }, select: { id: true } });
  if (!lead) throw new AppError("NOT_FOUND", "This lead does not exist.");
  const where = { leadId };
  const [items, total] = await Promise.all([
    db.cRMActivity.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { user: { select: { id: true, name: true } } },
    }),
    db.cRMActivity.count({ where }),
  ]);
  return { items, total, page, pageSize };
}

export type ActivityItem = Awaited<ReturnType<typeof listActivities>>["items"][number];

/** Logs a call, email, meeting, note or task on a lead. */
export async function addActivity(actor: Actor, leadId: string, input: ActivityCreate) {
  assertCan(actor, "crm:write");
  return db.$transaction(async (tx) => {
    const lead = await tx.cRMLead.findUnique({ where: { id: leadId }, select: { id: true } });
    if (!lead) throw new AppError("NOT_FOUND", "This lead does not exist.");
    const activity = await tx.cRMActivity.create({
      data: { leadId, userId: actor.id, type: input.type, subject: input.subject, body: input.body ?? null, dueAt: input.dueAt ?? null },
      include: { user: { select: { id: true, name: true } } },
    });
    await tx.cRMLead.update({ where: { id: leadId }, data: { lastActivityAt: activity.createdAt } });
    await writeAudit(tx, { actorId: actor.id, action: "activity.create", entity: "CRMActivity", entityId: activity.id, after: activity });
    return activity;
  });
}

/** Ticks a task done, or undoes it. */
export async function setTaskDone(actor: Actor, activityId: string, done: boolean) {
  assertCan(actor, "crm:write");
  return db.$transaction(async (tx) => {
    const before = await tx.cRMActivity.findUnique({ where: { id: activityId } });
    if (!before) throw new AppError("NOT_FOUND", "This activity does not exist.");
    if (before.type !== "TASK") throw new AppError("VALIDATION", "Only tasks can be completed.");
    const after = await tx.cRMActivity.update({ where: { id: activityId }, data: { completedAt: done ? new Date() : null } });
    await writeAudit(tx, { actorId: actor.id, action: "activity.complete", entity: "CRMActivity", entityId: activityId, before, after });
    return after;
  });
}
