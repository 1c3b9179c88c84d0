import "server-only";
import { writeAudit } from "../../audit";
import { nextCounterValue, requestCounterName, requestReference } from "../../counters";
import { db, type Tx } from "../../db";
import { AppError, type FieldErrors } from "../../errors";
import { logger } from "../../logger";
import { announceFormMetrics } from "../../livepulse/forms/events";
import { scopeOf } from "../../auth/permissions";
import type { Actor } from "../../auth/roles";
import { leadEvent } from "../../crm/leads/events";
import { activeSellerIds } from "../../notifications/queries";
import { notify } from "../../notifications/notify";
import { publishAll } from "../../realtime/publish-all";
import { publishNotifications } from "../../notifications/events";
import { facts } from "../../notifications/titles";
import { channels } from "../../realtime/channels";
import { openStages } from "../../crm/stages";
import { quote, validateConfiguration } from "../pricing";
import type { HostingRequestInput } from "./schemas";

type Plan = NonNullable<Awaited<ReturnType<typeof db.hostingPlan.findUnique>>>;

/** The shared validator's errors, as the form's message keys: out of range is the one a user can cause. */
function rangeErrors(plan: Plan, input: HostingRequestInput): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, error] of Object.entries(validateConfiguration(plan, input))) {
    errors[field] = [error.code === "notInteger" ? "wholeNumber" : error.code === "invalid" ? "invalid" : "outOfRange"];
  }
  return errors;
}

/** The open lead of this email, or a new one: a customer's requests gather on one lead. */
async function upsertLead(tx: Tx, customer: { id: string; email: string; name: string; company: string | null }, yearlyCents: number) {
  const existing = await tx.cRMLead.findFirst({
    where: { email: customer.email, stage: { in: [...openStages] } },
    orderBy: { createdAt: "desc" },
  });
  if (existing) {
    const lead = await tx.cRMLead.update({
      where: { id: existing.id },
      data: { valueCents: existing.valueCents + yearlyCents, customerId: existing.customerId ?? customer.id, lastActivityAt: new Date() },
    });
    return { lead, created: false };
  }
  const top = await tx.cRMLead.aggregate({ where: { stage: "NEW" }, _min: { position: true } });
  const lead = await tx.cRMLead.create({
    data: {
      name: customer.name,
      email: customer.email,
      company: customer.company,
      stage: "NEW",
      source: "HOSTING_REQUEST",
      valueCents: yearlyCents,
      position: (top._min.position ?? 1) - 1,
      customerId: customer.id,
      lastActivityAt: new Date(),
    },
  });
  return { lead, created: true };
}

/**
 * Submits a hosting request in one transaction: the request with its price
 * recomputed here, the customer's lead created or updated, an activity on it,
 * the first status of the timeline, the form's SUBMIT event, an audit row and
 * notifications for the sellers. The same idempotency key returns the first
 * request instead of creating a second one.
 */
export async function submitHostingRequest(actor: Actor, input: HostingRequestInput) {
  if (scopeOf(actor.role, "requests:create") === null) throw new AppError("FORBIDDEN", "You are not allowed to request hosting.");

  const existing = await db.hostingRequest.findUnique({
    where: { customerId_idempotencyKey: { customerId: actor.id, idempotencyKey: input.idempotencyKey } },
    select: { id: true, reference: true },
  });
  if (existing) return { ...existing, duplicate: true };

  const plan = await db.hostingPlan.findUnique({ where: { slug: input.planSlug } });
  if (!plan || !plan.active) throw new AppError("VALIDATION", "This plan is not available.", { planSlug: ["planUnavailable"] });
  const errors = rangeErrors(plan, input);
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", "Some resources are outside the plan's ranges.", errors);

  const price = quote(plan, input);
  const customer = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, company: true },
  });
  const year = new Date().getUTCFullYear();

  try {
    const committed = await db.$transaction(async (tx) => {
      const reference = requestReference(year, await nextCounterValue(tx, requestCounterName(year)));
      const { lead, created } = await upsertLead(tx, customer, price.yearlyCents);
      const request = await tx.hostingRequest.create({
        data: {
          reference,
          customerId: actor.id,
          planId: plan.id,
          leadId: lead.id,
          billingCycle: input.billingCycle,
          cpuCores: input.cpuCores,
          ramGb: input.ramGb,
          storageGb: input.storageGb,
          ssl: input.ssl,
          backup: input.backup,
          cdn: input.cdn,
          domainOption: input.domainOption,
          domainName: input.domainName,
          contactName: input.contactName,
          contactEmail: input.contactEmail,
          contactPhone: input.contactPhone,
          companyName: input.companyName,
          notes: input.notes,
          monthlyCents: price.monthlyCents,
          yearlyCents: price.yearlyCents,
          vatCents: price.vatCents,
          totalCents: price.totalCents,
          idempotencyKey: input.idempotencyKey,
          changes: { create: { toStatus: "SUBMITTED", actorId: actor.id } },
        },
      });
      await tx.cRMActivity.create({
        data: {
          leadId: lead.id,
          userId: actor.id,
          type: "SYSTEM",
          subject: `${reference} · ${plan.name}`,
          meta: {
            kind: "hosting-request",
            requestId: request.id,
            reference,
            plan: plan.name,
            yearlyCents: price.yearlyCents,
            leadCreated: created,
          },
        },
      });
      if (input.formSessionId) {
        await tx.formEvent.create({ data: { form: "hosting-request", sessionId: input.formSessionId, userId: actor.id, type: "SUBMIT" } });
      }
      await writeAudit(tx, {
        actorId: actor.id,
        action: "hostingRequest.create",
        entity: "HostingRequest",
        entityId: request.id,
        after: request,
      });
      // The lead's owner hears of it; a lead nobody (active) owns goes to every active seller.
      const owner = lead.assigneeId
        ? await tx.user.findFirst({ where: { id: lead.assigneeId, disabled: false }, select: { id: true } })
        : null;
      const pending = await notify(tx, owner ? [owner.id] : await activeSellerIds(tx), {
        type: "LEAD_CREATED",
        title: facts(reference, customer.company ?? customer.name, plan.name),
        link: `/hosting/requests/${request.id}`,
      });
      return {
        result: { id: request.id, reference, duplicate: false },
        pending,
        events: [
          leadEvent(created ? "lead.created" : "lead.updated", {
            id: lead.id,
            stage: lead.stage,
            assigneeId: lead.assigneeId,
            valueCents: lead.valueCents,
            requestId: request.id,
            change: created ? "created" : "request",
          }),
          {
            channel: channels.user(actor.id),
            event: "request.updated" as const,
            data: { id: request.id, reference, status: "SUBMITTED", created: true },
          },
        ],
      };
    });
    await Promise.all([publishNotifications(committed.pending), publishAll(committed.events)]);
    if (input.formSessionId) announceFormMetrics();
    return committed.result;
  } catch (error) {
    // Two submissions with the same key at once: the unique index keeps one.
    if ((error as { code?: string }).code === "P2002") {
      const first = await db.hostingRequest.findUnique({
        where: { customerId_idempotencyKey: { customerId: actor.id, idempotencyKey: input.idempotencyKey } },
        select: { id: true, reference: true },
      });
      if (first) return { ...first, duplicate: true };
    }
    logger.error({ err: error }, "hosting request submission failed");
    throw error;
  }
}
