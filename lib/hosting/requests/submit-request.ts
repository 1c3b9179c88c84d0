import "server-only";
import { db, preparedStatement } from "../../db";
import { Prisma, type EmailCategory } from "../../generated/prisma/client.ts";
import { unavailableError, uniqueViolation } from "../../db-errors";
import { AppError, type FieldErrors } from "../../errors";
import { logger } from "../../logger";
import { announceFormMetrics } from "../../livepulse/forms/events";
import { scopeOf } from "../../auth/permissions";
import type { Actor, Role } from "../../auth/roles";
import { leadEvent } from "../../crm/leads/events";
import { publishAll } from "../../realtime/publish-all";
import { notificationEvents } from "../../notifications/events";
import { channels } from "../../realtime/channels";
import { openStages } from "../../crm/stages";
import { emailSlot, prepareEmail, toRecipient } from "../../mail/queue-email";
import { quote, validateConfiguration, type ConfigurablePlan, type Configuration } from "../pricing";
import { recordSubmission, type RecordedSubmission, type Submission } from "./record-submission";
import type { HostingRequestInput } from "./schemas";

/** A plan as a submission reads it: what prices and bounds a configuration, and whether it is offered. */
type Plan = ConfigurablePlan & { id: string; name: string; active: boolean };
type Customer = { id: string; email: string; name: string; company: string | null };

/** The shared validator's errors, as the form's message keys: out of range is the one a user can cause. */
export function rangeErrors(plan: ConfigurablePlan, input: Configuration): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, error] of Object.entries(validateConfiguration(plan, input))) {
    errors[field] = [error.code === "notInteger" ? "wholeNumber" : error.code === "invalid" ? "invalid" : "outOfRange"];
  }
  return errors;
}

type Context = Customer & {
  locale: string;
  role: Role;
  emailCategories: EmailCategory[];
  existing: { id: string; reference: string } | null;
  /** The id of the customer's newest open lead, if any. */
  lead: string | null;
  plan: Plan | null;
  sellerIds: string[];
};

/**
 * Everything a submission reads of the database, in one statement: the customer, the request
 * already made with this idempotency key, the customer's newest open lead, the active sellers (who
 * hear of a request whose lead has no active owner) and the plan.
 */
async function readContext(customerId: string, { idempotencyKey, planSlug }: HostingRequestInput): Promise<Context | null> {
  const rows = await db.$queryRaw<Context[]>`
    ${Prisma.raw(preparedStatement("submission.context"))}
    SELECT u."id", u."email", u."name", u."company", u."locale", u."role"::text AS "role",
           u."emailCategories"::text[] AS "emailCategories",
           (SELECT json_build_object('id', r."id", 'reference', r."reference") FROM "HostingRequest" r
             WHERE r."customerId" = u."id" AND r."idempotencyKey" = ${idempotencyKey}) AS "existing",
           (SELECT l."id" FROM "CRMLead" l WHERE l."email" = u."email" AND l."stage" IN (${Prisma.join([...openStages])})
             ORDER BY l."createdAt" DESC LIMIT 1) AS "lead",
           ARRAY(SELECT s."id" FROM "User" s WHERE s."role" = 'SELLER' AND NOT s."disabled" ORDER BY s."id") AS "sellerIds",
           (SELECT row_to_json(p) FROM "HostingPlan" p WHERE p."slug" = ${planSlug}) AS "plan"
    FROM "User" u WHERE u."id" = ${customerId}`;
  return rows[0] ?? null;
}

/** Advisory lock namespace of "one open lead per email" (the two-key form: apart from the jobs' one-key lock). */
const leadEmailLock = 0x6c656164; // "lead"

/**
 * The submission recorded under the lock of the customer's email, in a transaction: the email's
 * open lead is looked up again and grown, or a new one opened, so that a customer's first
 * submissions at once open one lead. A lead closed between the look-up and its row lock leaves
 * nothing written; the look-up is made again.
 */
async function recordUnderEmailLock(customer: Customer, submission: Submission): Promise<RecordedSubmission> {
  const target = { email: customer.email, name: customer.name, company: customer.company };
  for (let attempt = 1; ; attempt++) {
    const recorded = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${leadEmailLock}::int, hashtext(${customer.email}))`;
      return recordSubmission(tx, target, customer.id, submission);
    });
    if (recorded) return recorded;
    if (attempt === 3) throw new AppError("UNAVAILABLE", "The request could not be recorded now. Please try again.");
  }
}

/**
 * Submits a hosting request: the request with its price recomputed here, the customer's lead
 * created or updated, an activity on it, the first status of the timeline, the form's SUBMIT event,
 * an audit row, notifications for the sellers and the customer's receipt. The same idempotency key
 * returns the first request instead of creating a second one.
 *
 * Everything that only reads (the idempotency check, the plan, the customer, the open lead, the
 * sellers: one statement) happens first. The common case, a customer whose open lead
 * was just read, is then written in one statement (record-submission.ts); a first submission, or
 * one whose lead closed meanwhile, in a transaction under the email's lock. Realtime events leave
 * together after the commit.
 */
export async function submitHostingRequest(actor: Actor, input: HostingRequestInput) {
  if (scopeOf(actor, "requests:create") === null) throw new AppError("FORBIDDEN", "You are not allowed to request hosting.");

  const context = await readContext(actor.id, input);
  if (!context) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  const { existing, lead: seenLead, sellerIds, plan, ...customer } = context;
  if (existing) return { ...existing, duplicate: true };
  if (!plan || !plan.active) throw new AppError("VALIDATION", "This plan is not available.", { planSlug: ["planUnavailable"] });
  const errors = rangeErrors(plan, input);
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", "Some resources are outside the plan's ranges.", errors);

  const price = quote(plan, input);
  // The customer's receipt is rendered now: the statement only writes its row.
  const receipt = await prepareEmail(toRecipient(customer), {
    kind: "REQUEST_RECEIVED",
    params: { requestId: emailSlot("requestId"), reference: emailSlot("reference"), plan: plan.name, monthlyCents: price.monthlyCents },
  });

  const submission: Submission = { actorId: actor.id, plan, sellerIds, from: customer.company ?? customer.name, input, price, receipt };
  try {
    const recorded =
      (seenLead && (await recordSubmission(db, { seenId: seenLead }, actor.id, submission))) ||
      (await recordUnderEmailLock(customer, submission));
    const { lead } = recorded;
    const events = [
      leadEvent(lead.created ? "lead.created" : "lead.updated", {
        id: lead.id,
        stage: lead.stage,
        assigneeId: lead.assigneeId,
        valueCents: lead.valueCents,
        requestId: recorded.id,
        change: lead.created ? "created" : "request",
      }),
      {
        channel: channels.user(actor.id),
        event: "request.updated" as const,
        data: { id: recorded.id, reference: recorded.reference, status: "SUBMITTED", created: true },
      },
    ];
    await publishAll([...notificationEvents(recorded.notifications), ...events]);
    if (input.formSessionId) announceFormMetrics();
    return { id: recorded.id, reference: recorded.reference, duplicate: false };
  } catch (error) {
    // Two submissions with the same key at once: the unique index keeps one.
    if (uniqueViolation(error)) {
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
