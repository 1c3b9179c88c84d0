import "server-only";
import { writeAudit } from "../audit";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db } from "../db";
import type { SlaPoliciesInput } from "./schemas";
import { listSlaPolicies } from "./queries";

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
