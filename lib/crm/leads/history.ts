import "server-only";
import type { Tx } from "../../db";
import type { LeadStageName } from "../stages";

type Change = { leadId: string; actorId: string | null };

/** The timeline entry a stage change writes by itself (the UI translates it from `meta`). */
export async function recordStageChange(tx: Tx, { leadId, actorId, from, to }: Change & { from: LeadStageName; to: LeadStageName }) {
  if (from === to) return;
  await tx.cRMActivity.create({
    data: { leadId, userId: actorId, type: "STAGE_CHANGE", subject: `Stage: ${from} → ${to}`, meta: { from, to } },
  });
}

/** The timeline entry an assignment writes by itself, with both names kept as they were. */
export async function recordAssignment(tx: Tx, { leadId, actorId, from, to }: Change & { from: string | null; to: string | null }) {
  if (from === to) return;
  const users = await tx.user.findMany({
    where: { id: { in: [from, to].filter((v): v is string => v !== null) } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? null) : null);
  await tx.cRMActivity.create({
    data: {
      leadId,
      userId: actorId,
      type: "ASSIGNMENT",
      subject: `Assignee: ${nameOf(from) ?? "—"} → ${nameOf(to) ?? "—"}`,
      meta: { from, to, fromName: nameOf(from), toName: nameOf(to) },
    },
  });
}
