import "server-only";
import { writeAudit } from "../audit";
import { can } from "../auth/permissions";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import type { SlaPoliciesInput } from "./schemas";
import { ticketPriorities, type SlaTargets, type TicketPriorityName } from "./sla";

/** Targets used when the table lacks a priority (a database that was never seeded). */
export const defaultTargets: Record<TicketPriorityName, SlaTargets> = {
  URGENT: { firstResponseMinutes: 60, resolutionMinutes: 8 * 60 },
  HIGH: { firstResponseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
  NORMAL: { firstResponseMinutes: 8 * 60, resolutionMinutes: 48 * 60 },
  LOW: { firstResponseMinutes: 24 * 60, resolutionMinutes: 120 * 60 },
};

export async function targetsFor(tx: Tx, priority: TicketPriorityName): Promise<SlaTargets> {
  const row = await tx.slaPolicy.findUnique({ where: { priority } });
  return row ? { firstResponseMinutes: row.firstResponseMinutes, resolutionMinutes: row.resolutionMinutes } : defaultTargets[priority];
}

/** The SLA table in priority order, most urgent first; staff read it, admins change it. */
export async function listSlaPolicies(actor: Actor) {
  if (!can(actor.role, "tickets:manage") && !can(actor.role, "sla:write")) {
    throw new AppError("FORBIDDEN", "You are not allowed to see the SLA table.");
  }
  const rows = await db.slaPolicy.findMany();
  return [...ticketPriorities].reverse().map((priority) => {
    const row = rows.find((r) => r.priority === priority);
    return {
      priority,
      ...(row ? { firstResponseMinutes: row.firstResponseMinutes, resolutionMinutes: row.resolutionMinutes } : defaultTargets[priority]),
      updatedAt: row?.updatedAt ?? null,
    };
  });
}

/**
 * Replaces the SLA table. New targets apply to tickets opened from now on and
 * to tickets whose priority changes; running deadlines are kept.
 */
export async function updateSlaPolicies(actor: Actor, input: SlaPoliciesInput) {
  assertCan(actor, "sla:write");
  await db.$transaction(async (tx) => {
    const before = await tx.slaPolicy.findMany();
    for (const policy of input.policies) {
      await tx.slaPolicy.upsert({
        where: { priority: policy.priority },
        update: { firstResponseMinutes: policy.firstResponseMinutes, resolutionMinutes: policy.resolutionMinutes },
        create: policy,
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "slaPolicy.update",
      entity: "SlaPolicy",
      entityId: "all",
      before,
      after: input.policies,
    });
  });
  return listSlaPolicies(actor);
}
