import "server-only";
import { randomBytes } from "node:crypto";
import { writeAudit } from "../audit";
import { hashPassword } from "../auth/password";
import type { Actor } from "../auth/roles";
import { assertCan } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { recordStageChange } from "./lead-history";
import type { LeadLost, LeadMove, LeadWon } from "./lead-schemas";
import { positionBetween } from "./stages";

async function lockedLead(tx: Tx, id: string) {
  const lead = await tx.cRMLead.findUnique({ where: { id } });
  if (!lead) throw new AppError("NOT_FOUND", "This lead does not exist.");
  return lead;
}

/** The position of a neighbour if it still sits in the target column; otherwise null. */
async function neighbourPosition(tx: Tx, id: string | null | undefined, stage: string, movingId: string) {
  if (!id || id === movingId) return null;
  const n = await tx.cRMLead.findUnique({ where: { id }, select: { stage: true, position: true } });
  return n && n.stage === stage ? n.position : null;
}

/**
 * Puts a lead in an open stage between two neighbours of that column (the pipeline's drag and drop).
 * When the neighbours moved meanwhile the lead goes next to whichever is still there, or on top.
 */
export async function moveLead(actor: Actor, id: string, move: LeadMove) {
  assertCan(actor, "crm:write");
  return db.$transaction(async (tx) => {
    const lead = await lockedLead(tx, id);
    const after = await neighbourPosition(tx, move.afterId, move.stage, id);
    const before = await neighbourPosition(tx, move.beforeId, move.stage, id);
    let position: number;
    if (after !== null && before !== null && after < before) position = positionBetween(after, before);
    else if (after !== null) {
      const next = await tx.cRMLead.findFirst({
        where: { stage: move.stage, position: { gt: after }, id: { not: id } },
        orderBy: { position: "asc" },
        select: { position: true },
      });
      position = positionBetween(after, next?.position ?? null);
    } else if (before !== null) {
      const previous = await tx.cRMLead.findFirst({
        where: { stage: move.stage, position: { lt: before }, id: { not: id } },
        orderBy: { position: "desc" },
        select: { position: true },
      });
      position = positionBetween(previous?.position ?? null, before);
    } else {
      const top = await tx.cRMLead.findFirst({
        where: { stage: move.stage, id: { not: id } },
        orderBy: { position: "asc" },
        select: { position: true },
      });
      position = positionBetween(null, top?.position ?? null);
    }
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
    if (stageChanged) {
      await recordStageChange(tx, { leadId: id, actorId: actor.id, from: lead.stage, to: move.stage });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "lead.move",
        entity: "CRMLead",
        entityId: id,
        before: { stage: lead.stage, position: lead.position },
        after: { stage: updated.stage, position: updated.position },
      });
    }
    return updated;
  });
}

/**
 * Marks a lead won and links its customer account: the one chosen, else the account with the lead's
 * email, else a new customer account (its temporary password is returned once, for the seller to pass on).
 */
export async function markLeadWon(actor: Actor, id: string, input: LeadWon) {
  assertCan(actor, "crm:write");
  return db.$transaction(async (tx) => {
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
}

/** Marks a lead lost; the reason is required and kept on the lead and in its timeline. */
export async function markLeadLost(actor: Actor, id: string, { reason }: LeadLost) {
  assertCan(actor, "crm:write");
  return db.$transaction(async (tx) => {
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
}
