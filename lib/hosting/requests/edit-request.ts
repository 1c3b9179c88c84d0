import "server-only";
import { writeAudit } from "../../audit";
import type { Actor } from "../../auth/roles";
import { assertCan } from "../../auth/session";
import { db } from "../../db";
import { AppError } from "../../errors";
import type { HostingRequestStatus, Prisma } from "../../generated/prisma/client.ts";
import { channels } from "../../realtime/channels";
import { publishAll } from "../../realtime/publish-all";
import { quote } from "../pricing";
import { getRequest } from "./queries";
import { requestEditFields, type RequestEdit } from "./schemas";
import { rangeErrors } from "./submit-request";

/**
 * Until when a request's configuration may change: a customer's while nobody has looked at it yet,
 * staff's until it is approved (from then on it is being set up as it stands).
 */
const editableBy = {
  customer: ["SUBMITTED"],
  staff: ["SUBMITTED", "IN_REVIEW", "QUOTED"],
} as const satisfies Record<string, readonly HostingRequestStatus[]>;

type Stored = Awaited<ReturnType<typeof getRequest>>;
type Field = (typeof requestEditFields)[number];
type Value = string | number | boolean | null;

/** The request's configuration as the edit's fields name it (the plan by its slug). */
function configurationOf(request: Stored): Record<Field, Value> {
  return {
    planSlug: request.plan.slug,
    contactName: request.contactName,
    contactEmail: request.contactEmail,
    contactPhone: request.contactPhone,
    companyName: request.companyName,
    cpuCores: request.cpuCores,
    ramGb: request.ramGb,
    storageGb: request.storageGb,
    domainOption: request.domainOption,
    domainName: request.domainName,
    ssl: request.ssl,
    backup: request.backup,
    cdn: request.cdn,
    billingCycle: request.billingCycle,
    notes: request.notes,
  };
}

/**
 * Changes a pending request's configuration (resources, domain, options, contact): merged over what
 * is stored, checked against the plan's ranges and priced again on the server, in one transaction
 * with its timeline entry (each changed field before and after), its audit row and the lead's value.
 * A customer edits their own request while it is submitted; staff until it is approved. Returns the
 * request as `getRequest` reads it.
 */
export async function editRequest(actor: Actor, id: string, edit: RequestEdit) {
  assertCan(actor, "requests:status");
  const request = await getRequest(actor, id);
  const editable: readonly HostingRequestStatus[] = actor.role === "CUSTOMER" ? editableBy.customer : editableBy.staff;
  if (!editable.includes(request.status)) {
    throw new AppError("CONFLICT", `A request ${request.status.toLowerCase()} can no longer be changed.`, { status: ["notEditable"] });
  }

  const before = configurationOf(request);
  const after: Record<Field, Value> = { ...before };
  for (const field of requestEditFields) {
    const value = edit[field];
    // An optional text sent empty is cleared.
    if (value !== undefined) after[field] = value === "" ? null : value;
  }
  const changed = requestEditFields.filter((field) => after[field] !== before[field]);
  if (changed.length === 0) return request;

  const plan =
    after.planSlug === before.planSlug
      ? await db.hostingPlan.findUniqueOrThrow({ where: { id: request.planId } })
      : await db.hostingPlan.findFirst({ where: { slug: String(after.planSlug), active: true } });
  if (!plan) throw new AppError("VALIDATION", "This plan is not on sale.", { planSlug: ["planUnavailable"] });
  const configuration = {
    cpuCores: Number(after.cpuCores),
    ramGb: Number(after.ramGb),
    storageGb: Number(after.storageGb),
    ssl: Boolean(after.ssl),
    backup: Boolean(after.backup),
    cdn: Boolean(after.cdn),
    billingCycle: after.billingCycle as Stored["billingCycle"],
  };
  const errors = rangeErrors(plan, configuration);
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "This configuration is outside the plan's ranges.", errors);
  const price = quote(plan, configuration);

  const edits = Object.fromEntries(changed.map((field) => [field, [before[field], after[field]]])) as Prisma.InputJsonObject;
  await db.$transaction(async (tx) => {
    // The status and the last change in the WHERE: an edit or a status change made meanwhile wins.
    const { count } = await tx.hostingRequest.updateMany({
      where: { id, status: request.status, updatedAt: request.updatedAt },
      data: {
        planId: plan.id,
        ...configuration,
        domainOption: after.domainOption as Stored["domainOption"],
        domainName: String(after.domainName),
        contactName: String(after.contactName),
        contactEmail: String(after.contactEmail),
        contactPhone: after.contactPhone as string | null,
        companyName: after.companyName as string | null,
        notes: after.notes as string | null,
        monthlyCents: price.monthlyCents,
        yearlyCents: price.yearlyCents,
        vatCents: price.vatCents,
        totalCents: price.totalCents,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "This request changed meanwhile: reload it.");
    await tx.hostingRequestStatusChange.create({
      data: { requestId: id, fromStatus: request.status, toStatus: request.status, edits, actorId: actor.id },
    });
    // The lead counts each request's yearly price: it follows the new one.
    if (request.leadId && price.yearlyCents !== request.yearlyCents) {
      await tx.cRMLead.update({
        where: { id: request.leadId },
        data: { valueCents: { increment: price.yearlyCents - request.yearlyCents }, lastActivityAt: new Date() },
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "hostingRequest.edit",
      entity: "HostingRequest",
      entityId: id,
      before: { ...Object.fromEntries(changed.map((field) => [field, before[field]])), totalCents: request.totalCents },
      after: { ...Object.fromEntries(changed.map((field) => [field, after[field]])), totalCents: price.totalCents },
    });
  });

  const event = { id, reference: request.reference, status: request.status };
  await publishAll([
    { channel: channels.user(request.customerId), event: "request.updated", data: event },
    { channel: channels.pipeline, event: "request.updated", data: { ...event, leadId: request.leadId } },
  ]);
  return getRequest(actor, id);
}
