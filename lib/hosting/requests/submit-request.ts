import "server-only";
import { writeAudit } from "../../audit";
import { nextCounterValue, requestCounterName, requestReference } from "../../counters";
import { db, type Tx } from "../../db";
import { unavailableError } from "../../db-errors";
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
type Customer = { id: string; email: string; name: string; company: string | null };
/** An open lead as read before the transaction: which one, and who owned it then. */
type SeenLead = { id: string; customerId: string | null; assignee: { id: string; disabled: boolean } | null };

/** The shared validator's errors, as the form's message keys: out of range is the one a user can cause. */
function rangeErrors(plan: Plan, input: HostingRequestInput): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, error] of Object.entries(validateConfiguration(plan, input))) {
    errors[field] = [error.code === "notInteger" ? "wholeNumber" : error.code === "invalid" ? "invalid" : "outOfRange"];
  }
  return errors;
}

/** The newest open lead of this email: a customer's requests gather on it. */
function findOpenLead(client: Tx, email: string): Promise<SeenLead | null> {
  return client.cRMLead.findFirst({
    where: { email, stage: { in: [...openStages] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, customerId: true, assignee: { select: { id: true, disabled: true } } },
  });
}

const leadSelect = { id: true, stage: true, assigneeId: true, valueCents: true } as const;

/** Adds the request's value to a lead in one statement, unless the lead closed meanwhile (undefined then). */
async function addToOpenLead(tx: Tx, seen: SeenLead, customerId: string, yearlyCents: number) {
  const [lead] = await tx.cRMLead.updateManyAndReturn({
    where: { id: seen.id, stage: { in: [...openStages] } },
    data: { valueCents: { increment: yearlyCents }, lastActivityAt: new Date(), ...(seen.customerId ? {} : { customerId }) },
    select: leadSelect,
  });
  return lead;
}

/** Advisory lock namespace of "one open lead per email" (the two-key form: apart from the jobs' one-key lock). */
const leadEmailLock = 0x6c656164; // "lead"

/**
 * The customer's open lead, grown by the request, or a new one. The common case, an open lead seen
 * before the transaction, is one statement whose row lock orders this customer's submissions. Only
 * when none was seen does the email get locked and looked up again, so that two first submissions
 * at once open one lead.
 */
async function upsertLead(tx: Tx, customer: Customer, yearlyCents: number, seen: SeenLead | null) {
  const grown = seen && (await addToOpenLead(tx, seen, customer.id, yearlyCents));
  if (grown) return { lead: grown, created: false };
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${leadEmailLock}::int, hashtext(${customer.email}))`;
  const current = await findOpenLead(tx, customer.email);
  const found = current && (await addToOpenLead(tx, current, customer.id, yearlyCents));
  if (found) return { lead: found, created: false };
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
    select: leadSelect,
  });
  return { lead, created: true };
}

/**
 * Who hears of the request: the lead's owner while active, otherwise every active seller. The owner
 * seen before the transaction answers, unless the lead changed hands since.
 */
async function recipientsOf(tx: Tx, assigneeId: string | null, seenOwner: SeenLead["assignee"], sellerIds: string[]) {
  if (!assigneeId) return sellerIds;
  if (seenOwner?.id === assigneeId) return seenOwner.disabled ? sellerIds : [assigneeId];
  const owner = await tx.user.findFirst({ where: { id: assigneeId, disabled: false }, select: { id: true } });
  return owner ? [owner.id] : sellerIds;
}

/**
 * Submits a hosting request in one transaction: the request with its price
 * recomputed here, the customer's lead created or updated, an activity on it,
 * the first status of the timeline, the form's SUBMIT event, an audit row and
 * notifications for the sellers. The same idempotency key returns the first
 * request instead of creating a second one.
 *
 * Everything that only reads (the idempotency check, the plan, the price, the customer, the open
 * lead, the sellers) happens before the transaction, which holds its connection for writes only;
 * realtime events leave after the commit.
 */
export async function submitHostingRequest(actor: Actor, input: HostingRequestInput) {
  if (scopeOf(actor.role, "requests:create") === null) throw new AppError("FORBIDDEN", "You are not allowed to request hosting.");

  const [existing, plan, customer, sellerIds] = await Promise.all([
    db.hostingRequest.findUnique({
      where: { customerId_idempotencyKey: { customerId: actor.id, idempotencyKey: input.idempotencyKey } },
      select: { id: true, reference: true },
    }),
    db.hostingPlan.findUnique({ where: { slug: input.planSlug } }),
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, name: true, company: true } }),
    activeSellerIds(db),
  ]);
  if (existing) return { ...existing, duplicate: true };
  if (!plan || !plan.active) throw new AppError("VALIDATION", "This plan is not available.", { planSlug: ["planUnavailable"] });
  const errors = rangeErrors(plan, input);
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", "Some resources are outside the plan's ranges.", errors);

  const price = quote(plan, input);
  const seenLead = await findOpenLead(db, customer.email);
  const year = new Date().getUTCFullYear();

  try {
    const committed = await db.$transaction(async (tx) => {
      const { lead, created } = await upsertLead(tx, customer, price.yearlyCents, seenLead);
      if (input.formSessionId) {
        await tx.formEvent.create({ data: { form: "hosting-request", sessionId: input.formSessionId, userId: actor.id, type: "SUBMIT" } });
      }
      const recipients = await recipientsOf(tx, lead.assigneeId, seenLead?.assignee ?? null, sellerIds);

      // The yearly counter's row lock makes every submission wait for the one before it to commit,
      // so it is taken last, followed only by the rows that carry the reference. A row rather than
      // a sequence: a rolled-back submission gives its number back, so references stay gapless,
      // which a sequence (never rolled back) would not keep once submissions fail under load.
      const reference = requestReference(year, await nextCounterValue(tx, requestCounterName(year)));
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
        },
      });
      await tx.hostingRequestStatusChange.create({ data: { requestId: request.id, toStatus: "SUBMITTED", actorId: actor.id } });
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
      await writeAudit(tx, {
        actorId: actor.id,
        action: "hostingRequest.create",
        entity: "HostingRequest",
        entityId: request.id,
        after: request,
      });
      const pending = await notify(tx, recipients, {
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
    // A database that cannot serve now is answered 503 by the door: a warning, not an error.
    logger[unavailableError(error) ? "warn" : "error"]({ err: error }, "hosting request submission failed");
    throw error;
  }
}
