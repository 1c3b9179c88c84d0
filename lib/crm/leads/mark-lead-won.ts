import "server-only";
import { randomBytes } from "node:crypto";
import { writeAudit } from "../../audit";
import { hashPassword } from "../../auth/password";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError } from "../../errors";
import { publishAll } from "../../realtime/publish-all";
import { leadEvent } from "./events";
import { existingLead } from "./existing-lead";
import { recordStageChange } from "./history";
import type { LeadWon } from "./schemas";

/**
 * Marks a lead won and links its customer account: the one chosen, else the account with the lead's
 * email, else a new customer account (its temporary password is returned once, for the seller to pass on).
 */
export async function markLeadWon(actor: Actor, id: string, input: LeadWon) {
  assertCan(actor, "crm:write");
  const won = await db.$transaction(async (tx) => {
    const lead = await existingLead(tx, id);
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
