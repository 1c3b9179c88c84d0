import "server-only";
import { randomBytes } from "node:crypto";
import { writeAudit } from "../audit";
import { hashPassword } from "../auth/password";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { publishAll } from "../realtime/publish-all";
import { leadEvent } from "./lead-events";
import { recordStageChange } from "./lead-history";
import type { LeadLost, LeadMove, LeadWon } from "./lead-schemas";
import { positionBetween, type LeadStageName } from "./stages";

async function lockedLead(tx: Tx, id: string) {
  const lead = await tx.cRMLead.findUnique({ where: { id } });
  if (!lead) throw new AppError("NOT_FOUND", "This lead does not exist.");
  return lead;
}

type Slot = { id: string; position: number };

/** A neighbour named by the mover, if it still sits in the target column. */
async function neighbour(tx: Tx, id: string | null | undefined, stage: LeadStageName, movingId: string): Promise<Slot | null> {
  if (!id || id === movingId) return null;
  const n = await tx.cRMLead.findUnique({ where: { id }, select: { id: true, stage: true, position: true } });
  return n && n.stage === stage ? { id: n.id, position: n.position } : null;
}

/** Columns are ordered by position, then id (positions may tie): is `a` above `b`? */
const isAbove = (a: Slot, b: Slot) => a.position < b.position || (a.position === b.position && a.id < b.id);

/** The lead right below (`next`) or right above (`previous`) a slot of the column, the moving lead left out. */
async function adjacent(tx: Tx, stage: LeadStageName, movingId: string, slot: Slot, side: "next" | "previous") {
  const { position, id } = slot;
  const beyond =
    side === "next"
      ? [{ position: { gt: position } }, { position, id: { gt: id } }]
      : [{ position: { lt: position } }, { position, id: { lt: id } }];
  const dir = side === "next" ? "asc" : "desc";
  return tx.cRMLead.findFirst({
    where: { stage, id: { not: movingId }, OR: beyond },
    orderBy: [{ position: dir }, { id: dir }],
    select: { id: true, position: true },
  });
}

/**
 * The two leads the moving one goes between: the neighbours the mover saw when they still fit,
 * else whichever is still there with its own neighbour, else the top of the column.
 */
async function gapFor(tx: Tx, movingId: string, move: LeadMove) {
  const stage = move.stage;
  let upper = await neighbour(tx, move.afterId, stage, movingId);
  let lower = await neighbour(tx, move.beforeId, stage, movingId);
  if (upper && lower && !isAbove(upper, lower)) lower = null;
  if (upper && !lower) lower = await adjacent(tx, stage, movingId, upper, "next");
  else if (lower && !upper) upper = await adjacent(tx, stage, movingId, lower, "previous");
  else if (!upper && !lower)
    lower = await tx.cRMLead.findFirst({
      where: { stage, id: { not: movingId } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
  return { upper, lower };
}

const strictlyBetween = (p: number, upper: Slot | null, lower: Slot | null) =>
  (upper === null || p > upper.position) && (lower === null || p < lower.position);

/** Spreads a column's positions again (1024 apart, same order) when two neighbours leave no room between them. */
async function renumberColumn(tx: Tx, stage: LeadStageName, movingId: string) {
  await tx.$executeRaw`
    UPDATE "CRMLead" AS l SET "position" = r.rank * 1024
    FROM (
      SELECT "id", row_number() OVER (ORDER BY "position", "id") AS rank
      FROM "CRMLead" WHERE "stage" = ${stage}::"LeadStage" AND "id" <> ${movingId}
    ) AS r
    WHERE l."id" = r."id"`;
}

/** Where the moving lead goes in its new column, renumbering the column first if there is no room. */
async function positionFor(tx: Tx, movingId: string, move: LeadMove): Promise<number> {
  const { upper, lower } = await gapFor(tx, movingId, move);
  const position = positionBetween(upper?.position ?? null, lower?.position ?? null);
  if (strictlyBetween(position, upper, lower)) return position;
  await renumberColumn(tx, move.stage, movingId);
  const reread = async (slot: Slot | null) =>
    slot ? tx.cRMLead.findUniqueOrThrow({ where: { id: slot.id }, select: { position: true } }) : null;
  const [above, below] = await Promise.all([reread(upper), reread(lower)]);
  return positionBetween(above?.position ?? null, below?.position ?? null);
}

/**
 * Puts a lead in an open stage between two neighbours of that column (the pipeline's drag and drop).
 * When the neighbours moved meanwhile the lead goes next to whichever is still there, or on top.
 */
export async function moveLead(actor: Actor, id: string, move: LeadMove) {
  assertCan(actor, "crm:write");
  const moved = await db.$transaction(async (tx) => {
    const lead = await lockedLead(tx, id);
    const position = await positionFor(tx, id, move);
    const stageChanged = lead.stage !== move.stage;
    const updated = await tx.cRMLead.update({
      where: { id },
      data: {
        stage: move.stage,
        position,
        ...(stageChanged ? { lastActivityAt: new Date(), wonAt: null, lostAt: null, lostReason: null } : {}),
      },
      select: { id: true, stage: true, position: true, valueCents: true },
    });
    if (stageChanged) await recordStageChange(tx, { leadId: id, actorId: actor.id, from: lead.stage, to: move.stage });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "lead.move",
      entity: "CRMLead",
      entityId: id,
      before: { stage: lead.stage, position: lead.position },
      after: { stage: updated.stage, position: updated.position },
    });
    return updated;
  });
  await publishAll([leadEvent("lead.updated", { id, stage: moved.stage, valueCents: moved.valueCents, change: "moved" })]);
  return moved;
}

/**
 * Marks a lead won and links its customer account: the one chosen, else the account with the lead's
 * email, else a new customer account (its temporary password is returned once, for the seller to pass on).
 */
export async function markLeadWon(actor: Actor, id: string, input: LeadWon) {
  assertCan(actor, "crm:write");
  const won = await db.$transaction(async (tx) => {
    const lead = await lockedLead(tx, id);
    if (lead.stage === "WON") throw new AppError("CONFLICT", "This lead is already won.");
    let customerId = input.customerId ?? lead.customerId;
    let temporaryPassword: string | null = null;
    if (customerId) {
      const customer = await tx.user.findUnique({ where: { id: customerId }, select: { role: true } });
      if (!customer || customer.role !== "CUSTOMER")
        throw new AppError("VALIDATION", "Choose a customer account.", { customerId: ["invalid"] });
    } else {
      const existing = await tx.user.findUnique({ where: { email: lead.email }, select: { id: true, role: true } });
      if (existing && existing.role !== "CUSTOMER") {
        throw new AppError("CONFLICT", "A staff account uses this lead's email: link a customer account instead.", {
          customerId: ["invalid"],
        });
      }
      if (existing) customerId = existing.id;
      else {
        temporaryPassword = randomBytes(9).toString("base64url");
        const created = await tx.user.create({
          data: {
            email: lead.email,
            name: lead.name,
            company: lead.company,
            phone: lead.phone,
            role: "CUSTOMER",
            passwordHash: await hashPassword(temporaryPassword),
          },
          select: { id: true },
        });
        customerId = created.id;
        await writeAudit(tx, {
          actorId: actor.id,
          action: "user.create",
          entity: "User",
          entityId: created.id,
          after: { email: lead.email, role: "CUSTOMER", fromLead: id },
        });
      }
    }
    const now = new Date();
    const updated = await tx.cRMLead.update({
      where: { id },
      data: { stage: "WON", wonAt: now, lostAt: null, lostReason: null, customerId, lastActivityAt: now },
    });
    await recordStageChange(tx, { leadId: id, actorId: actor.id, from: lead.stage, to: "WON" });
    await writeAudit(tx, { actorId: actor.id, action: "lead.won", entity: "CRMLead", entityId: id, before: lead, after: updated });
    return { lead: updated, customerId, accountCreated: temporaryPassword !== null, temporaryPassword };
  });
  const { lead } = won;
  await publishAll([
    leadEvent("lead.updated", { id, stage: lead.stage, assigneeId: lead.assigneeId, valueCents: lead.valueCents, change: "won" }),
  ]);
  return won;
}

/** Marks a lead lost; the reason is required and kept on the lead and in its timeline. */
export async function markLeadLost(actor: Actor, id: string, { reason }: LeadLost) {
  assertCan(actor, "crm:write");
  const lost = await db.$transaction(async (tx) => {
    const lead = await lockedLead(tx, id);
    if (lead.stage === "LOST") throw new AppError("CONFLICT", "This lead is already lost.");
    const now = new Date();
    const updated = await tx.cRMLead.update({
      where: { id },
      data: { stage: "LOST", lostAt: now, lostReason: reason, wonAt: null, lastActivityAt: now },
    });
    await recordStageChange(tx, { leadId: id, actorId: actor.id, from: lead.stage, to: "LOST" });
    await tx.cRMActivity.create({ data: { leadId: id, userId: actor.id, type: "NOTE", subject: reason, meta: { event: "lostReason" } } });
    await writeAudit(tx, { actorId: actor.id, action: "lead.lost", entity: "CRMLead", entityId: id, before: lead, after: updated });
    return updated;
  });
  await publishAll([
    leadEvent("lead.updated", { id, stage: lost.stage, assigneeId: lost.assigneeId, valueCents: lost.valueCents, change: "lost" }),
  ]);
  return lost;
}
