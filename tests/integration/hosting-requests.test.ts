import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unavailableError } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { quote } from "@/lib/hosting/pricing";
import type { HostingRequestInput } from "@/lib/hosting/requests/schemas";
import { changeRequestStatus } from "@/lib/hosting/requests/change-request-status";
import { getRequest, pageRequests } from "@/lib/hosting/requests/queries";
import { recordFormEvents } from "@/lib/livepulse/forms/record-form-events";
import { submitHostingRequest } from "@/lib/hosting/requests/submit-request";
import { seed } from "@/prisma/seed/index";
import { createUser, hostingRequestInput } from "./helpers";

beforeAll(async () => {
  await seed(db);
});

describe("submitHostingRequest", () => {
  it("creates the request with a server price, a NEW lead, an activity, the first status, an audit row and seller notifications", async () => {
    const customer = await createUser("CUSTOMER");
    const notificationsBefore = await db.notification.count({ where: { user: { role: "SELLER" } } });
    const result = await submitHostingRequest(customer, hostingRequestInput({ formSessionId: "session-1" }));

    expect(result.reference).toMatch(/^HR-\d{4}-\d{5}$/);
    const request = await db.hostingRequest.findUniqueOrThrow({
      where: { id: result.id },
      include: { plan: true, changes: true, lead: true },
    });
    expect(request.status).toBe("SUBMITTED");
    const expected = quote(request.plan, {
      cpuCores: 4,
      ramGb: 8,
      storageGb: 100,
      ssl: true,
      backup: true,
      cdn: false,
      billingCycle: "YEARLY",
    });
    expect(request).toMatchObject({
      monthlyCents: expected.monthlyCents,
      yearlyCents: expected.yearlyCents,
      totalCents: expected.totalCents,
    });
    expect(request.changes.map((c) => c.toStatus)).toEqual(["SUBMITTED"]);
    expect(request.lead).toMatchObject({
      email: customer.email,
      stage: "NEW",
      source: "HOSTING_REQUEST",
      valueCents: expected.yearlyCents,
      customerId: customer.id,
    });
    expect(await db.cRMActivity.count({ where: { leadId: request.leadId!, type: "SYSTEM" } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entity: "HostingRequest", entityId: request.id, action: "hostingRequest.create" },
    });
    const stored = await db.hostingRequest.findUniqueOrThrow({ where: { id: result.id } });
    // The audit row holds the request exactly as stored, its times in UTC as JSON writes them.
    expect(audit.after).toEqual(JSON.parse(JSON.stringify(stored)));
    expect(Math.abs(request.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await db.formEvent.count({ where: { sessionId: "session-1", type: "SUBMIT" } })).toBe(1);
    expect(await db.notification.count({ where: { user: { role: "SELLER" } } })).toBeGreaterThan(notificationsBefore);
  });

  it("numbers references after the seeded ones, without gaps between two requests", async () => {
    const customer = await createUser("CUSTOMER");
    const first = await submitHostingRequest(customer, hostingRequestInput());
    const second = await submitHostingRequest(customer, hostingRequestInput());
    const number = (ref: string) => Number(ref.slice(-5));
    expect(number(second.reference)).toBe(number(first.reference) + 1);
    expect(number(first.reference)).toBeGreaterThan(14);
  });

  it("gives submissions by different customers at once distinct, consecutive references after the last one", async () => {
    const customers = await Promise.all(Array.from({ length: 10 }, () => createUser("CUSTOMER")));
    const before = await submitHostingRequest(customers[0], hostingRequestInput());
    const results = await Promise.all(customers.map((customer) => submitHostingRequest(customer, hostingRequestInput())));
    const numbers = results.map((r) => Number(r.reference.slice(-5))).sort((a, b) => a - b);
    const first = Number(before.reference.slice(-5)) + 1;
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => first + i));
    expect(results.every((r) => r.reference.startsWith(before.reference.slice(0, 8)))).toBe(true);
    const stored = await db.hostingRequest.findMany({ where: { id: { in: results.map((r) => r.id) } }, select: { reference: true } });
    expect(stored.map((r) => r.reference).sort()).toEqual(results.map((r) => r.reference).sort());
    // Each one's activity, audit row and the sellers' notifications carry its own reference.
    for (const { id, reference } of results) {
      expect(await db.cRMActivity.count({ where: { subject: { startsWith: `${reference} ` } } })).toBe(1);
      expect(await db.auditLog.count({ where: { entityId: id, action: "hostingRequest.create" } })).toBe(1);
      expect(await db.notification.count({ where: { title: { contains: reference } } })).toBeGreaterThan(0);
    }
  });

  it("updates the same lead for a second request by the same customer", async () => {
    const customer = await createUser("CUSTOMER");
    const first = await submitHostingRequest(customer, hostingRequestInput());
    const second = await submitHostingRequest(
      customer,
      hostingRequestInput({ planSlug: "starter", cpuCores: 1, ramGb: 2, storageGb: 20, billingCycle: "MONTHLY" }),
    );
    const [a, b] = await Promise.all([first, second].map((r) => db.hostingRequest.findUniqueOrThrow({ where: { id: r.id } })));
    expect(b.leadId).toBe(a.leadId);
    expect(await db.cRMLead.count({ where: { email: customer.email } })).toBe(1);
    const lead = await db.cRMLead.findUniqueOrThrow({ where: { id: a.leadId! } });
    expect(lead.valueCents).toBe(a.yearlyCents + b.yearlyCents);
    expect(await db.cRMActivity.count({ where: { leadId: lead.id } })).toBe(2);
  });

  it("creates nothing twice for a retried submission, even two at once", async () => {
    const customer = await createUser("CUSTOMER");
    const payload = hostingRequestInput();
    const [a, b] = await Promise.all([submitHostingRequest(customer, payload), submitHostingRequest(customer, payload)]);
    const c = await submitHostingRequest(customer, payload);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(c.duplicate).toBe(true);
    expect(await db.hostingRequest.count({ where: { customerId: customer.id } })).toBe(1);
    expect(await db.cRMActivity.count({ where: { lead: { email: customer.email } } })).toBe(1);
  });

  it("stores one request for fifty submissions of the same key at once, and grows the lead once", async () => {
    const customer = await createUser("CUSTOMER");
    const payload = hostingRequestInput();
    const results = await Promise.all(Array.from({ length: 50 }, () => submitHostingRequest(customer, payload).catch((e: unknown) => e)));
    // Beyond what the database serves at once, a submission may be refused as unavailable (503), never anything else.
    const answered = results.filter((r): r is { id: string; duplicate: boolean } => !(r instanceof Error));
    for (const refused of results.filter((r) => r instanceof Error)) expect(unavailableError(refused), String(refused)).toBeDefined();
    expect(new Set(answered.map((r) => r.id)).size).toBe(1);
    expect(answered.filter((r) => !r.duplicate)).toHaveLength(1);
    const stored = await db.hostingRequest.findMany({ where: { customerId: customer.id } });
    expect(stored).toHaveLength(1);
    const lead = await db.cRMLead.findFirstOrThrow({ where: { email: customer.email } });
    expect(lead.valueCents).toBe(stored[0].yearlyCents);
    expect(await db.cRMLead.count({ where: { email: customer.email } })).toBe(1);
    expect(await db.cRMActivity.count({ where: { leadId: lead.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: stored[0].id, action: "hostingRequest.create" } })).toBe(1);
    const sellers = await db.user.count({ where: { role: "SELLER", disabled: false } });
    expect(await db.notification.count({ where: { title: { contains: stored[0].reference } } })).toBe(sellers);
    expect(await db.emailMessage.count({ where: { to: customer.email, kind: "REQUEST_RECEIVED" } })).toBe(1);
  });

  it("opens one lead for a customer's first submissions at once, and adds every request's value to it", async () => {
    const customer = await createUser("CUSTOMER");
    const results = await Promise.all(Array.from({ length: 8 }, () => submitHostingRequest(customer, hostingRequestInput())));
    const stored = await db.hostingRequest.findMany({ where: { id: { in: results.map((r) => r.id) } } });
    expect(stored).toHaveLength(8);
    const leads = await db.cRMLead.findMany({ where: { email: customer.email } });
    expect(leads).toHaveLength(1);
    expect(leads[0].valueCents).toBe(stored.reduce((sum, r) => sum + r.yearlyCents, 0));
    const numbers = stored.map((r) => Number(r.reference.slice(-5))).sort((a, b) => a - b);
    expect(numbers.at(-1)! - numbers[0]).toBe(7);
  });

  it("ignores any price sent by the client", async () => {
    const customer = await createUser("CUSTOMER");
    const tampered = { ...hostingRequestInput(), monthlyCents: 1, totalCents: 1 } as HostingRequestInput;
    const result = await submitHostingRequest(customer, tampered);
    const request = await db.hostingRequest.findUniqueOrThrow({ where: { id: result.id } });
    expect(request.monthlyCents).toBeGreaterThan(1000);
  });

  it("refuses resources outside the plan's ranges, on their fields, and changes nothing", async () => {
    const customer = await createUser("CUSTOMER");
    const before = await db.hostingRequest.count();
    const error = await submitHostingRequest(
      customer,
      hostingRequestInput({ planSlug: "starter", cpuCores: 9, ramGb: 2, storageGb: 5000 }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields).toEqual({ cpuCores: ["outOfRange"], storageGb: ["outOfRange"] });
    expect(await db.hostingRequest.count()).toBe(before);
  });

  it("refuses an inactive plan and staff without the right", async () => {
    const customer = await createUser("CUSTOMER");
    await db.hostingPlan.update({ where: { slug: "enterprise" }, data: { active: false } });
    await expect(
      submitHostingRequest(customer, hostingRequestInput({ planSlug: "enterprise", cpuCores: 8, ramGb: 16, storageGb: 400 })),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { planSlug: ["planUnavailable"] },
    });
    await db.hostingPlan.update({ where: { slug: "enterprise" }, data: { active: true } });
    for (const role of ["SELLER", "SUPPORT"] as const) {
      const staff = await createUser(role);
      await expect(submitHostingRequest(staff, hostingRequestInput())).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("pageRequests", () => {
  it("shows a customer only their own requests and staff all of them", async () => {
    const alice = await createUser("CUSTOMER");
    const bob = await createUser("CUSTOMER");
    await submitHostingRequest(alice, hostingRequestInput());
    await submitHostingRequest(bob, hostingRequestInput());
    const mine = await pageRequests(alice, { page: 1, pageSize: 100 });
    expect(mine.total).toBe(1);
    expect(mine.items.map((r) => r.customer.id)).toEqual([alice.id]);
    const seller = await createUser("SELLER");
    const all = await pageRequests(seller, { page: 1, pageSize: 100 });
    expect(all.total).toBe(await db.hostingRequest.count());
  });
});

describe("changeRequestStatus", () => {
  it("lets a customer cancel their own pending request, with the change in the timeline and an audit row", async () => {
    const customer = await createUser("CUSTOMER");
    const { id } = await submitHostingRequest(customer, hostingRequestInput());
    await changeRequestStatus(customer, id, { status: "CANCELLED" });
    const request = await getRequest(customer, id);
    expect(request.status).toBe("CANCELLED");
    expect(request.changes.map((c) => [c.fromStatus, c.toStatus])).toEqual([
      [null, "SUBMITTED"],
      ["SUBMITTED", "CANCELLED"],
    ]);
    expect(await db.auditLog.count({ where: { entityId: id, action: "hostingRequest.status" } })).toBe(1);
  });

  it("refuses a customer anything else, and once the request is quoted", async () => {
    const customer = await createUser("CUSTOMER");
    const seller = await createUser("SELLER");
    const { id } = await submitHostingRequest(customer, hostingRequestInput());
    await expect(changeRequestStatus(customer, id, { status: "APPROVED" })).rejects.toMatchObject({ code: "CONFLICT" });
    await changeRequestStatus(seller, id, { status: "IN_REVIEW" });
    await changeRequestStatus(seller, id, { status: "QUOTED", comment: "Devis envoyé par e-mail" });
    await expect(changeRequestStatus(customer, id, { status: "CANCELLED" })).rejects.toMatchObject({ code: "CONFLICT" });
    const request = await getRequest(customer, id);
    expect(request.status).toBe("QUOTED");
    expect(request.changes.at(-1)).toMatchObject({ toStatus: "QUOTED", comment: "Devis envoyé par e-mail", actorId: seller.id });
    expect(await db.notification.count({ where: { userId: customer.id, type: "REQUEST_STATUS" } })).toBe(2);
  });

  it("answers 404, not 403, for another customer's request, and support cannot change statuses", async () => {
    const owner = await createUser("CUSTOMER");
    const other = await createUser("CUSTOMER");
    const { id } = await submitHostingRequest(owner, hostingRequestInput());
    await expect(getRequest(other, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeRequestStatus(other, id, { status: "CANCELLED" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const support = await createUser("SUPPORT");
    await expect(getRequest(support, id)).resolves.toMatchObject({ id });
    await expect(changeRequestStatus(support, id, { status: "IN_REVIEW" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getRequest(owner, id)).status).toBe("SUBMITTED");
  });
});

describe("recordFormEvents", () => {
  it("stores a batch of the form's events", async () => {
    const customer = await createUser("CUSTOMER");
    const count = await recordFormEvents(customer, {
      form: "hosting-request",
      sessionId: "session-analytics-1",
      events: [
        { type: "VIEW" },
        { type: "START" },
        { type: "SECTION_COMPLETE", section: "customer" },
        { type: "VALIDATION_ERROR", section: "domain", field: "domainName", message: "domainInvalid" },
      ],
    });
    expect(count).toBe(4);
    expect(await db.formEvent.count({ where: { sessionId: "session-analytics-1", userId: customer.id } })).toBe(4);
  });
});
