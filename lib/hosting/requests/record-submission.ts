import "server-only";
import { randomUUID } from "node:crypto";
import { preparedStatement, type db, type Tx } from "../../db";
import { Prisma } from "../../generated/prisma/client.ts";
import { openStages } from "../../crm/stages";
import { emailSlot, type PreparedEmail } from "../../mail/queue-email";
import { facts } from "../../notifications/titles";
import type { PendingNotification } from "../../notifications/notify";
import type { Quote } from "../pricing";
import { requestCounterName } from "../../counters";
import type { HostingRequestInput } from "./schemas";

/**
 * The lead a request joins: the customer's open lead read before (`seenId`), grown if it is still
 * open; or, under the lock of the customer's email, that email's newest open lead or a new one.
 */
export type LeadTarget = { seenId: string } | { email: string; name: string; company: string | null };

export type Submission = {
  actorId: string;
  plan: { id: string; name: string };
  /** Who hears of the request when the lead has no active owner: every active seller. */
  sellerIds: string[];
  /** Who the request is from: its notification's title names them. */
  from: string;
  input: HostingRequestInput;
  price: Quote;
  /** The customer's receipt, rendered with the request's id and reference as slots (null: not wanted). */
  receipt: PreparedEmail | null;
};

export type RecordedSubmission = {
  id: string;
  reference: string;
  lead: { id: string; stage: string; assigneeId: string | null; valueCents: number; created: boolean };
  notifications: PendingNotification[];
};

const openStageList = Prisma.join([...openStages]);

/** The statement's first part: the lead the request joins, as `lead` (no row: none to join). */
function leadQuery(target: LeadTarget, customerId: string, yearlyCents: number, now: Date): Prisma.Sql {
  const grow = Prisma.sql`"valueCents" = l."valueCents" + ${yearlyCents}::int, "lastActivityAt" = ${now}::timestamp(3),
    "updatedAt" = ${now}::timestamp(3), "customerId" = COALESCE(l."customerId", ${customerId})`;
  const returned = Prisma.sql`l."id", l."stage", l."assigneeId", l."valueCents"`;
  if ("seenId" in target) {
    return Prisma.sql`lead AS (
      UPDATE "CRMLead" l SET ${grow} WHERE l."id" = ${target.seenId} AND l."stage" IN (${openStageList})
      RETURNING ${returned}, false AS "created")`;
  }
  return Prisma.sql`found AS (
      SELECT f."id" FROM "CRMLead" f WHERE f."email" = ${target.email} AND f."stage" IN (${openStageList})
      ORDER BY f."createdAt" DESC LIMIT 1),
    grown AS (
      UPDATE "CRMLead" l SET ${grow} FROM found WHERE l."id" = found."id" AND l."stage" IN (${openStageList})
      RETURNING ${returned}, false AS "created"),
    made AS (
      INSERT INTO "CRMLead" ("id", "name", "email", "company", "stage", "source", "valueCents", "position", "customerId",
        "lastActivityAt", "createdAt", "updatedAt")
      SELECT ${randomUUID()}, ${target.name}, ${target.email}, ${target.company}::text, 'NEW', 'HOSTING_REQUEST', ${yearlyCents}::int,
        COALESCE((SELECT min(t."position") FROM "CRMLead" t WHERE t."stage" = 'NEW'), 1) - 1, ${customerId},
        ${now}::timestamp(3), ${now}::timestamp(3), ${now}::timestamp(3)
      WHERE NOT EXISTS (SELECT 1 FROM found)
      RETURNING "id", "stage", "assigneeId", "valueCents", true AS "created"),
    lead AS (SELECT l.* FROM grown l UNION ALL SELECT l.* FROM made l)`;
}

/**
 * Writes a submission in one statement: the lead grown or opened, the next reference of the year
 * drawn, the request, the first status of its timeline, an activity on the lead, the form's SUBMIT
 * event, the audit row, a notification for the lead's active owner (or every active seller) and
 * the customer's receipt in the outbox. Nothing is written, and no reference drawn, when there is
 * no lead to join (null): the caller looks again under the email's lock.
 *
 * One statement is one round trip, and it commits on its own when not given a transaction. The
 * counter's row stays locked from the draw to the commit, which follows at once. The reference is
 * known only inside the statement: the notification's title and the receipt carry it as a slot
 * until then, filled in without escaping: the reference is `HR-<year>-<digits>` (drawn below) and
 * the id a UUID, neither with a character HTML would escape.
 */
export async function recordSubmission(
  client: Tx | typeof db,
  target: LeadTarget,
  customerId: string,
  { actorId, plan, sellerIds, from, input, price, receipt }: Submission,
): Promise<RecordedSubmission | null> {
  const now = new Date();
  const id = randomUUID();
  const year = now.getUTCFullYear();
  const referenceSlot = emailSlot("reference");
  const title = facts(referenceSlot, from, plan.name);
  const link = `/hosting/requests/${id}`;
  const fill = (text: string) => Prisma.sql`replace(replace(${text}, ${referenceSlot}, ref."reference"), ${emailSlot("requestId")}, ${id})`;
  const at = Prisma.sql`${now}::timestamp(3)`;
  const submitted = input.formSessionId
    ? Prisma.sql`submitted AS (
      INSERT INTO "FormEvent" ("id", "form", "sessionId", "userId", "type", "createdAt")
      SELECT ${randomUUID()}, 'hosting-request', ${input.formSessionId}, ${actorId}, 'SUBMIT', ${at} FROM request),`
    : Prisma.empty;
  const queued = receipt
    ? Prisma.sql`,
    receipt AS (
      INSERT INTO "EmailMessage" ("id", "to", "userId", "locale", "kind", "category", "subject", "html", "text", "nextAttemptAt",
        "createdAt", "updatedAt")
      SELECT ${randomUUID()}, ${receipt.to}, ${receipt.userId}::text, ${receipt.locale}, ${receipt.kind}::"EmailKind",
        ${receipt.category}::"EmailCategory", ${fill(receipt.subject)}, ${fill(receipt.html)}, ${fill(receipt.text)}, ${at}, ${at}, ${at}
      FROM ref)`
    : Prisma.empty;

  const rows = await client.$queryRaw<Array<Omit<RecordedSubmission, "id" | "notifications"> & { notified: string[][] }>>`
    ${Prisma.raw(preparedStatement("submission.record"))}
    WITH ${leadQuery(target, customerId, price.yearlyCents, now)},
    ref AS (
      INSERT INTO "Counter" ("name", "value") SELECT ${requestCounterName(year)}, 1 FROM lead
      ON CONFLICT ("name") DO UPDATE SET "value" = "Counter"."value" + 1
      RETURNING ${`HR-${year}-`} || lpad("value"::text, greatest(5, length("value"::text)), '0') AS "reference"),
    request AS (
      INSERT INTO "HostingRequest" ("id", "reference", "customerId", "planId", "leadId", "billingCycle", "cpuCores", "ramGb",
        "storageGb", "ssl", "backup", "cdn", "domainOption", "domainName", "contactName", "contactEmail", "contactPhone",
        "companyName", "notes", "monthlyCents", "yearlyCents", "vatCents", "totalCents", "idempotencyKey", "createdAt", "updatedAt")
      SELECT ${id}, ref."reference", ${customerId}, ${plan.id}, lead."id", ${input.billingCycle}::"BillingCycle",
        ${input.cpuCores}::int, ${input.ramGb}::int, ${input.storageGb}::int, ${input.ssl}::boolean, ${input.backup}::boolean,
        ${input.cdn}::boolean, ${input.domainOption}::"DomainOption", ${input.domainName}, ${input.contactName}, ${input.contactEmail},
        ${input.contactPhone ?? null}::text, ${input.companyName ?? null}::text, ${input.notes ?? null}::text,
        ${price.monthlyCents}::int, ${price.yearlyCents}::int, ${price.vatCents}::int, ${price.totalCents}::int,
        ${input.idempotencyKey}, ${at}, ${at}
      FROM lead, ref
      RETURNING *),
    timeline AS (
      INSERT INTO "HostingRequestStatusChange" ("id", "requestId", "toStatus", "actorId", "createdAt")
      SELECT ${randomUUID()}, request."id", 'SUBMITTED', ${actorId}, ${at} FROM request),
    activity AS (
      INSERT INTO "CRMActivity" ("id", "leadId", "userId", "type", "subject", "meta", "createdAt")
      SELECT ${randomUUID()}, lead."id", ${actorId}, 'SYSTEM', request."reference" || ${` · ${plan.name}`},
        jsonb_build_object('kind', 'hosting-request', 'requestId', request."id", 'reference', request."reference",
          'plan', ${plan.name}::text, 'yearlyCents', request."yearlyCents", 'leadCreated', lead."created"), ${at}
      FROM lead, request),
${submitted}    audit AS (
      INSERT INTO "AuditLog" ("id", "actorId", "action", "entity", "entityId", "after", "createdAt")
      SELECT ${randomUUID()}, ${actorId}, 'hostingRequest.create', 'HostingRequest', request."id",
        to_jsonb(request) || jsonb_build_object('createdAt', ${now.toISOString()}::text, 'updatedAt', ${now.toISOString()}::text), ${at}
      FROM request),
    notified AS (
      INSERT INTO "Notification" ("id", "userId", "type", "title", "link", "createdAt")
      SELECT gen_random_uuid()::text, r."userId", 'LEAD_CREATED', replace(${title}, ${referenceSlot}, ref."reference"), ${link}, ${at}
      FROM ref, (
        SELECT DISTINCT unnest(CASE WHEN owner."id" IS NULL THEN ${sellerIds}::text[] ELSE ARRAY[owner."id"] END) AS "userId"
        FROM lead LEFT JOIN "User" owner ON owner."id" = lead."assigneeId" AND NOT owner."disabled") r
      RETURNING "id", "userId")${queued}
    SELECT ref."reference", row_to_json(lead) AS "lead",
      ARRAY(SELECT ARRAY[n."id", n."userId"] FROM notified n) AS "notified"
    FROM ref, lead`;

  const row = rows[0];
  if (!row) return null;
  const reference = row.reference;
  return {
    id,
    reference,
    lead: row.lead,
    notifications: row.notified.map(([notificationId, userId]) => ({
      id: notificationId,
      userId,
      type: "LEAD_CREATED",
      title: title.replace(referenceSlot, reference),
      body: null,
      link,
      createdAt: now,
    })),
  };
}
