import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { getCustomer } from "@/lib/crm/customers/queries";
import { db } from "@/lib/db";
import type { HostingRequestStatus, LeadStage } from "@/lib/generated/prisma/enums";
import { plans } from "@/prisma/seed/plans";
import { createUser, storedRequest, type TestUser } from "./helpers";

/**
 * The lifetime value the database keeps per customer (CRMCustomerValue, the customers list's order
 * by value) against the one the customer's page computes, after random sequences of writes to
 * leads and hosting requests: won or not, moved between customers, attached to a lead or let go,
 * activated, revalued, deleted.
 */

let seller: TestUser;
let customers: string[] = [];
let serial = 0;

const customer = () => fc.integer({ min: 0, max: 2 }).map((i) => customers[i]);
const stage = fc.constantFrom<LeadStage>("NEW", "PROPOSAL", "WON", "LOST");
const status = fc.constantFrom<HostingRequestStatus>("SUBMITTED", "ACTIVE", "CANCELLED");
const cents = fc.integer({ min: 0, max: 500_000 });

type Write =
  | { kind: "lead"; customerId: string | null; stage: LeadStage; valueCents: number }
  | { kind: "moveLead"; pick: number; stage: LeadStage }
  | { kind: "revalueLead"; pick: number; valueCents: number }
  | { kind: "handLead"; pick: number; customerId: string | null }
  | { kind: "deleteLead"; pick: number }
  | { kind: "winAll" }
  | { kind: "request"; customerId: string; status: HostingRequestStatus; yearlyCents: number; leadPick: number | null }
  | { kind: "setStatus"; pick: number; status: HostingRequestStatus }
  | { kind: "attach"; pick: number; leadPick: number | null }
  | { kind: "handRequest"; pick: number; customerId: string }
  | { kind: "deleteRequest"; pick: number };

const pick = fc.nat();
const write = (): fc.Arbitrary<Write> =>
  fc.oneof(
    fc.record({ kind: fc.constant("lead" as const), customerId: fc.option(customer(), { nil: null }), stage, valueCents: cents }),
    fc.record({ kind: fc.constant("moveLead" as const), pick, stage }),
    fc.record({ kind: fc.constant("revalueLead" as const), pick, valueCents: cents }),
    fc.record({ kind: fc.constant("handLead" as const), pick, customerId: fc.option(customer(), { nil: null }) }),
    fc.record({ kind: fc.constant("deleteLead" as const), pick }),
    fc.constant({ kind: "winAll" as const }),
    fc.record({
      kind: fc.constant("request" as const),
      customerId: customer(),
      status,
      yearlyCents: cents,
      leadPick: fc.option(pick, { nil: null }),
    }),
    fc.record({ kind: fc.constant("setStatus" as const), pick, status }),
    fc.record({ kind: fc.constant("attach" as const), pick, leadPick: fc.option(pick, { nil: null }) }),
    fc.record({ kind: fc.constant("handRequest" as const), pick, customerId: customer() }),
    fc.record({ kind: fc.constant("deleteRequest" as const), pick }),
  );

async function pickOf(ids: Array<{ id: string }>, at: number | null): Promise<string | null> {
  return at === null || ids.length === 0 ? null : ids[at % ids.length].id;
}
const leadIds = () => db.cRMLead.findMany({ select: { id: true }, orderBy: { id: "asc" } });
const requestIds = () => db.hostingRequest.findMany({ select: { id: true }, orderBy: { id: "asc" } });

async function apply(step: Write): Promise<void> {
  if (step.kind === "lead") {
    serial += 1;
    await db.cRMLead.create({
      data: {
        name: `Lead ${serial}`,
        email: `lead${serial}@example.test`,
        customerId: step.customerId,
        stage: step.stage,
        valueCents: step.valueCents,
      },
    });
  } else if (step.kind === "winAll") {
    await db.cRMLead.updateMany({ where: { stage: "PROPOSAL" }, data: { stage: "WON" } });
  } else if (step.kind === "request") {
    await storedRequest(step.customerId, step.status, step.yearlyCents, await pickOf(await leadIds(), step.leadPick));
  } else if (step.kind === "moveLead" || step.kind === "revalueLead" || step.kind === "handLead" || step.kind === "deleteLead") {
    const id = await pickOf(await leadIds(), step.pick);
    if (!id) return;
    if (step.kind === "deleteLead") await db.cRMLead.delete({ where: { id } });
    else if (step.kind === "moveLead") await db.cRMLead.update({ where: { id }, data: { stage: step.stage } });
    else if (step.kind === "revalueLead") await db.cRMLead.update({ where: { id }, data: { valueCents: step.valueCents } });
    else await db.cRMLead.update({ where: { id }, data: { customerId: step.customerId } });
  } else {
    const id = await pickOf(await requestIds(), step.pick);
    if (!id) return;
    if (step.kind === "deleteRequest") await db.hostingRequest.delete({ where: { id } });
    else if (step.kind === "setStatus") await db.hostingRequest.update({ where: { id }, data: { status: step.status } });
    else if (step.kind === "handRequest") await db.hostingRequest.update({ where: { id }, data: { customerId: step.customerId } });
    else await db.hostingRequest.update({ where: { id }, data: { leadId: await pickOf(await leadIds(), step.leadPick) } });
  }
}

async function expectKeptValuesToMatchPages() {
  for (const id of customers) {
    const kept = await db.cRMCustomerValue.findUniqueOrThrow({ where: { customerId: id } });
    expect(Number(kept.valueCents), id).toBe((await getCustomer(seller, id)).lifetimeValueCents);
  }
}

beforeAll(async () => {
  await db.hostingPlan.create({ data: plans[0] });
  seller = await createUser("SELLER");
  customers = (await Promise.all([createUser(), createUser(), createUser()])).map((user) => user.id);
});

describe("the customers' kept lifetime value", () => {
  it("starts at zero for a new user", async () => {
    const user = await createUser();
    expect(await db.cRMCustomerValue.findUnique({ where: { customerId: user.id } })).toMatchObject({ valueCents: 0n });
  });

  it("equals the value the customer's page computes after any sequence of writes to leads and requests", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write(), { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const step of steps) await apply(step);
        await expectKeptValuesToMatchPages();
      }),
      { numRuns: 30, seed: 20_261_207 },
    );
  });

  it("counts both of two writers of the same customer at once: the second waits for the first and counts after it", async () => {
    const [id] = customers;
    const won = await db.cRMLead.create({
      data: { name: "Both", email: "both@example.test", customerId: id, stage: "PROPOSAL", valueCents: 70_000 },
    });
    const request = await storedRequest(id, "SUBMITTED", 30_000);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The lead is won in a transaction left open while the request is activated beside it.
    const winning = db.$transaction(async (tx) => {
      await tx.cRMLead.update({ where: { id: won.id }, data: { stage: "WON" } });
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const activating = db.hostingRequest.update({ where: { id: request.id }, data: { status: "ACTIVE" } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await Promise.all([winning, activating]);
    await expectKeptValuesToMatchPages();
  });

  it("goes when its user goes", async () => {
    const user = await createUser();
    await db.user.delete({ where: { id: user.id } });
    expect(await db.cRMCustomerValue.findUnique({ where: { customerId: user.id } })).toBeNull();
  });
});
