import "server-only";
import { writeAudit } from "../../audit";
import { nextCounterValue, requestCounterName, requestReference } from "../../counters";
import { db, type Tx } from "../../db";
import { Prisma, type EmailCategory } from "../../generated/prisma/client.ts";
import { unavailableError } from "../../db-errors";
import { AppError, type FieldErrors } from "../../errors";
import { logger } from "../../logger";
import { announceFormMetrics } from "../../livepulse/forms/events";
import { scopeOf } from "../../auth/permissions";
import type { Actor, Role } from "../../auth/roles";
import { leadEvent } from "../../crm/leads/events";
import { notify } from "../../notifications/notify";
import { publishAll } from "../../realtime/publish-all";
import { notificationEvents } from "../../notifications/events";
import { facts } from "../../notifications/titles";
import { channels } from "../../realtime/channels";
import { openStages } from "../../crm/stages";
import { emailSlot, prepareEmail, toRecipient } from "../../mail/queue-email";
import { quote, validateConfiguration, type Configuration } from "../pricing";
import type { HostingRequestInput } from "./schemas";

type Plan = NonNullable<Awaited<ReturnType<typeof db.hostingPlan.findUnique>>>;
type Customer = { id: string; email: string; name: string; company: string | null };
/** An open lead as read before the transaction: which one, and who owned it then. */
type SeenLead = { id: string; customerId: string | null; assignee: { id: string; disabled: boolean } | null };

/** The shared validator's errors, as the form's message keys: out of range is the one a user can cause. */
export function rangeErrors(plan: Plan, input: Configuration): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, error] of Object.entries(validateConfiguration(plan, input))) {
    errors[field] = [error.code === "notInteger" ? "wholeNumber" : error.code === "invalid" ? "invalid" : "outOfRange"];
  }
  return errors;
}

/** The newest open lead of an email, with its owner: one statement, as a JSON object (null: none). */
const openLeadOf = (email: Prisma.Sql) => Prisma.sql`
  SELECT json_build_object('id', l."id", 'customerId', l."customerId",
           'assignee', CASE WHEN a."id" IS NULL THEN NULL ELSE json_build_object('id', a."id", 'disabled', a."disabled") END)
  FROM "CRMLead" l LEFT JOIN "User" a ON a."id" = l."assigneeId"
  WHERE l."email" = ${email} AND l."stage" IN (${Prisma.join([...openStages])})
  ORDER BY l."createdAt" DESC LIMIT 1`;

/** The newest open lead of this email: a customer's requests gather on it. */
async function findOpenLead(client: Tx, email: string): Promise<SeenLead | null> {
  const rows = await client.$queryRaw<Array<{ lead: SeenLead | null }>>`SELECT (${openLeadOf(Prisma.sql`${email}`)}) AS "lead"`;
  return rows[0]?.lead ?? null;
}

type Context = Customer & {
  locale: string;
  role: Role;
  emailCategories: EmailCategory[];
  existing: { id: string; reference: string } | null;
  lead: SeenLead | null;
  sellerIds: string[];
};

/**
 * Everything a submission reads of the database but its plan, in one statement: the customer, the
 * request already made with this idempotency key, the customer's open lead with its owner, and the
 * active sellers (who hear of a request whose lead has no active owner).
 */
async function readContext(customerId: string, idempotencyKey: string): Promise<Context | null> {
  const rows = await db.$queryRaw<Context[]>`
    SELECT u."id", u."email", u."name", u."company", u."locale", u."role"::text AS "role",
           u."emailCategories"::text[] AS "emailCategories",
           (SELECT json_build_object('id', r."id", 'reference', r."reference") FROM "HostingRequest" r
             WHERE r."customerId" = u."id" AND r."idempotencyKey" = ${idempotencyKey}) AS "existing",
           (${openLeadOf(Prisma.sql`u."email"`)}) AS "lead",
           ARRAY(SELECT s."id" FROM "User" s WHERE s."role" = 'SELLER' AND NOT s."disabled" ORDER BY s."id") AS "sellerIds"
    FROM "User" u WHERE u."id" = ${customerId}`;
  return rows[0] ?? null;
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
 * The next reference of the year, drawn by one statement of its own: the counter's row is locked
 * for that statement only, never for a submission's whole transaction, which would make every
 * submission wait for the one before it to commit. A submission that fails after drawing its number
 * leaves that number unused (a gap); references stay unique and in order of drawing.
 */
async function drawReference(year: number): Promise<string> {
  return requestReference(year, await nextCounterValue(db, requestCounterName(year)));
}

/**
 * Submits a hosting request in one transaction: the request with its price
 * recomputed here, the customer's lead created or updated, an activity on it,
 * the first status of the timeline, the form's SUBMIT event, an audit row and
 * notifications for the sellers. The same idempotency key returns the first
 * request instead of creating a second one.
 *
 * Everything that only reads (the idempotency check, the plan, the price, the customer, the open
 * lead, the sellers: two statements) happens before the transaction, which holds its connection
 * for writes only; so does drawing the reference. Realtime events leave together after the commit.
 */
export async function submitHostingRequest(actor: Actor, input: HostingRequestInput) {
  if (scopeOf(actor, "requests:create") === null) throw new AppError("FORBIDDEN", "You are not allowed to request hosting.");

  const [context, plan] = await Promise.all([
    readContext(actor.id, input.idempotencyKey),
    db.hostingPlan.findUnique({ where: { slug: input.planSlug } }),
  ]);
  if (!context) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  const { existing, lead: seenLead, sellerIds, ...customer } = context;
  if (existing) return { ...existing, duplicate: true };
  if (!plan || !plan.active) throw new AppError("VALIDATION", "This plan is not available.", { planSlug: ["planUnavailable"] });
  const errors = rangeErrors(plan, input);
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", "Some resources are outside the plan's ranges.", errors);

  const price = quote(plan, input);
  const year = new Date().getUTCFullYear();
  // The customer's receipt is rendered now: inside the transaction only its row is written.
  const queueReceipt = await prepareEmail(toRecipient(customer), {
    kind: "REQUEST_RECEIVED",
    params: { requestId: emailSlot("requestId"), reference: emailSlot("reference"), plan: plan.name, monthlyCents: price.monthlyCents },
  });

  const reference = await drawReference(year);
  try {
    const committed = await db.$transaction(async (tx) => {
      const { lead, created } = await upsertLead(tx, customer, price.yearlyCents, seenLead);
      if (input.formSessionId) {
        await tx.formEvent.create({ data: { form: "hosting-request", sessionId: input.formSessionId, userId: actor.id, type: "SUBMIT" } });
      }
      const recipients = await recipientsOf(tx, lead.assigneeId, seenLead?.assignee ?? null, sellerIds);
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
      await queueReceipt?.(tx, { requestId: request.id, reference });
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
    await publishAll([...notificationEvents(committed.pending), ...committed.events]);
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
