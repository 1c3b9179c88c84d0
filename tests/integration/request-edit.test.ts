import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/index", () => import("./fake-session"));

import * as requestRoute from "@/app/api/hosting/requests/[id]/route";
import { db } from "@/lib/db";
import { quote } from "@/lib/hosting/pricing";
import { changeRequestStatus } from "@/lib/hosting/requests/change-request-status";
import { submitHostingRequest } from "@/lib/hosting/requests/submit-request";
import { seedReference } from "@/prisma/seed/reference";
import { callRouteAs as call, createUser, hostingRequestInput, jsonInit as json, type TestUser as User } from "./helpers";

let customer: User;
let otherCustomer: User;
let seller: User;
let support: User;

beforeAll(async () => {
  await seedReference(db);
  [customer, otherCustomer, seller, support] = await Promise.all([
    createUser("CUSTOMER"),
    createUser("CUSTOMER"),
    createUser("SELLER"),
    createUser("SUPPORT"),
  ]);
});

const put = (user: User | null, id: string, body: unknown) =>
  call(requestRoute.PUT, user, `/api/hosting/requests/${id}`, json("PUT", body), { id });

async function submitted(owner = customer) {
  const { id } = await submitHostingRequest(owner, hostingRequestInput({ contactEmail: owner.email }));
  return db.hostingRequest.findUniqueOrThrow({ where: { id }, include: { plan: true, lead: true } });
}

/** Everything an edit may change, to prove a refused one changed nothing. */
const snapshot = async (id: string) => ({
  request: await db.hostingRequest.findUniqueOrThrow({ where: { id } }),
  timeline: await db.hostingRequestStatusChange.count({ where: { requestId: id } }),
  audit: await db.auditLog.count({ where: { entityId: id } }),
});

describe("PUT /api/hosting/requests/{id}: editing the configuration", () => {
  it("lets the customer change a submitted request: priced again on the server, a timeline entry, an audit row, the lead's value", async () => {
    const before = await submitted();
    const leadValue = before.lead!.valueCents;
    const response = await put(customer, before.id, {
      cpuCores: 6,
      ramGb: 16,
      cdn: true,
      billingCycle: "MONTHLY",
      companyName: "Jeanne SARL",
      // Prices sent by the client are not read.
      totalCents: 1,
    });
    expect(response.status).toBe(200);
    const answer = await response.json();
    const expected = quote(before.plan, {
      cpuCores: 6,
      ramGb: 16,
      storageGb: 100,
      ssl: true,
      backup: true,
      cdn: true,
      billingCycle: "MONTHLY",
    });
    expect(answer).toMatchObject({ id: before.id, status: "SUBMITTED", cpuCores: 6, ramGb: 16, cdn: true, companyName: "Jeanne SARL" });
    expect(answer).toMatchObject({
      monthlyCents: expected.monthlyCents,
      yearlyCents: expected.yearlyCents,
      totalCents: expected.totalCents,
    });
    expect(expected.totalCents).not.toBe(before.totalCents);

    const edit = answer.changes.at(-1);
    expect(edit).toMatchObject({ fromStatus: "SUBMITTED", toStatus: "SUBMITTED", actorId: customer.id });
    expect(edit.edits).toEqual({
      cpuCores: [4, 6],
      ramGb: [8, 16],
      cdn: [false, true],
      billingCycle: ["YEARLY", "MONTHLY"],
      companyName: [null, "Jeanne SARL"],
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: before.id, action: "hostingRequest.edit" } });
    expect(audit.actorId).toBe(customer.id);
    expect(audit.after).toMatchObject({ cpuCores: 6, totalCents: expected.totalCents });
    const lead = await db.cRMLead.findUniqueOrThrow({ where: { id: before.leadId! } });
    expect(lead.valueCents).toBe(leadValue + expected.yearlyCents - before.yearlyCents);
  });

  it("moves the request to another plan on sale, and clears an optional text sent empty", async () => {
    const before = await submitted();
    await db.hostingRequest.update({ where: { id: before.id }, data: { notes: "Une précision" } });
    const response = await put(customer, before.id, { planSlug: "enterprise", cpuCores: 8, ramGb: 32, storageGb: 500, notes: "" });
    expect(response.status).toBe(200);
    const stored = await db.hostingRequest.findUniqueOrThrow({ where: { id: before.id }, include: { plan: true } });
    expect(stored.plan.slug).toBe("enterprise");
    expect(stored.notes).toBeNull();
    expect(stored.totalCents).toBe(quote(stored.plan, stored).totalCents);
  });

  it("changes nothing and writes nothing when the values are the ones stored", async () => {
    const before = await submitted();
    const seen = await snapshot(before.id);
    const response = await put(customer, before.id, { cpuCores: before.cpuCores, domainName: before.domainName });
    expect(response.status).toBe(200);
    expect(await snapshot(before.id)).toEqual(seen);
  });

  it("refuses with a 4xx and changes nothing: out of the plan's ranges, a plan not on sale, bad values, status and configuration at once", async () => {
    const before = await submitted();
    const seen = await snapshot(before.id);
    const cases: Array<[unknown, number, string]> = [
      [{ cpuCores: 64 }, 422, "cpuCores"],
      [{ planSlug: "starter" }, 422, "cpuCores"],
      [{ planSlug: "does-not-exist" }, 422, "planSlug"],
      [{ domainName: "not a domain" }, 422, "domainName"],
      [{ contactEmail: "nobody" }, 422, "contactEmail"],
      [{ contactPhone: "abc" }, 422, "contactPhone"],
      [{ cpuCores: "four" }, 422, "cpuCores"],
      [{ status: "CANCELLED", cpuCores: 6 }, 422, "status"],
      [{ comment: "Just a comment" }, 422, "comment"],
      [{}, 422, "status"],
    ];
    for (const [body, status, field] of cases) {
      const response = await put(customer, before.id, body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(Object.keys((await response.json()).error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    await db.hostingPlan.update({ where: { slug: "enterprise" }, data: { active: false } });
    try {
      const response = await put(customer, before.id, { planSlug: "enterprise", cpuCores: 8, ramGb: 32, storageGb: 500 });
      expect(response.status).toBe(422);
    } finally {
      await db.hostingPlan.update({ where: { slug: "enterprise" }, data: { active: true } });
    }
    expect(await snapshot(before.id)).toEqual(seen);
  });

  it("is the customer's only while the request is submitted, staff's until it is approved; support and other customers may not", async () => {
    const request = await submitted();
    expect((await put(otherCustomer, request.id, { cpuCores: 6 })).status).toBe(404);
    expect((await put(support, request.id, { cpuCores: 6 })).status).toBe(403);
    expect((await put(null, request.id, { cpuCores: 6 })).status).toBe(401);

    await changeRequestStatus(seller, request.id, { status: "IN_REVIEW" });
    const customerLate = await put(customer, request.id, { cpuCores: 6 });
    expect(customerLate.status).toBe(409);
    expect((await customerLate.json()).error.fields).toEqual({ status: ["notEditable"] });

    const bySeller = await put(seller, request.id, { cpuCores: 6 });
    expect(bySeller.status).toBe(200);
    expect((await bySeller.json()).changes.at(-1)).toMatchObject({ actorId: seller.id, edits: { cpuCores: [4, 6] } });

    await changeRequestStatus(seller, request.id, { status: "QUOTED" });
    await changeRequestStatus(seller, request.id, { status: "APPROVED" });
    const seen = await snapshot(request.id);
    expect((await put(seller, request.id, { cpuCores: 8 })).status).toBe(409);
    expect(await snapshot(request.id)).toEqual(seen);
  });

  it("still moves a request along its timeline with a status and a comment", async () => {
    const request = await submitted();
    const response = await put(seller, request.id, { status: "IN_REVIEW", comment: "On regarde" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: request.id, status: "IN_REVIEW" });
  });
});
