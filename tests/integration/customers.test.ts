import { beforeAll, describe, expect, it } from "vitest";
import { customerListQuery } from "@/lib/crm/customers/schemas";
import { getCustomer, listCustomers } from "@/lib/crm/customers/queries";
import { db } from "@/lib/db";
import { plans } from "@/prisma/seed/plans";
import { createUser, storedRequest } from "./helpers";

type User = Awaited<ReturnType<typeof createUser>>;
let seller: User;
let support: User;
let acme: User;
let bistro: User;
let empty: User;

async function named(user: User, name: string, company: string | null) {
  await db.user.update({ where: { id: user.id }, data: { name, company } });
  return { ...user, name, company };
}

async function lead(customerId: string, stage: "NEW" | "WON" | "LOST", valueCents: number) {
  return db.cRMLead.create({ data: { name: "Lead", email: "lead@example.test", customerId, stage, valueCents } });
}

async function ticket(customerId: string, status: "OPEN" | "WAITING_CUSTOMER" | "CLOSED") {
  return db.cRMTicket.create({ data: { subject: "Help", description: "-", customerId, status } });
}

beforeAll(async () => {
  await db.hostingPlan.create({ data: plans[0] });
  seller = await createUser("SELLER");
  support = await createUser("SUPPORT");
  acme = await named(await createUser("CUSTOMER"), "Alice Martin", "Acme 100% Bio");
  bistro = await named(await createUser("CUSTOMER"), "Bruno Petit", "Bistro Petit");
  empty = await named(await createUser("CUSTOMER"), "Chloé Zed", null);

  // Acme: a won lead carrying an active request (counted once, through the lead), an active
  // request with no lead (counted), a submitted request (not counted), an open and a lost lead.
  const won = await lead(acme.id, "WON", 120_000);
  await storedRequest(acme.id, "ACTIVE", 120_000, won.id);
  await storedRequest(acme.id, "ACTIVE", 50_000);
  await storedRequest(acme.id, "SUBMITTED", 70_000);
  await lead(acme.id, "NEW", 30_000);
  await lead(acme.id, "LOST", 99_000);
  await ticket(acme.id, "OPEN");
  await ticket(acme.id, "WAITING_CUSTOMER");
  await ticket(acme.id, "CLOSED");

  // Bistro: an active request whose lead is still open (counted: no won lead carries it).
  const open = await lead(bistro.id, "NEW", 40_000);
  await storedRequest(bistro.id, "ACTIVE", 40_000, open.id);
  await storedRequest(bistro.id, "CANCELLED", 10_000);
});

const query = (input: Record<string, unknown> = {}) => customerListQuery.parse(input);

describe("listCustomers", () => {
  it("counts requests, open leads and open tickets, and sums the lifetime value", async () => {
    const { items, total } = await listCustomers(seller, query());
    expect(total).toBe(3);
    expect(items.map((c) => c.name)).toEqual(["Alice Martin", "Bruno Petit", "Chloé Zed"]);
    expect(items[0]).toMatchObject({
      company: "Acme 100% Bio",
      requests: 3,
      activeRequests: 2,
      openLeads: 1,
      openTickets: 2,
      wonValueCents: 120_000,
      activeValueCents: 50_000,
      lifetimeValueCents: 170_000,
    });
    expect(items[1]).toMatchObject({ requests: 2, openLeads: 1, openTickets: 0, lifetimeValueCents: 40_000 });
    expect(items[2]).toMatchObject({ requests: 0, openLeads: 0, openTickets: 0, lifetimeValueCents: 0 });
  });

  it("sorts by lifetime value and pages", async () => {
    const first = await listCustomers(seller, query({ sort: "lifetimeValue", dir: "desc", pageSize: 2 }));
    expect(first.items.map((c) => c.id)).toEqual([acme.id, bistro.id]);
    expect(first.total).toBe(3);
    const second = await listCustomers(seller, query({ sort: "lifetimeValue", dir: "desc", pageSize: 2, page: 2 }));
    expect(second.items.map((c) => c.id)).toEqual([empty.id]);
  });

  it("searches name, email and company, wildcards taken literally", async () => {
    expect((await listCustomers(seller, query({ q: "bistro" }))).items.map((c) => c.id)).toEqual([bistro.id]);
    expect((await listCustomers(seller, query({ q: "100%" }))).items.map((c) => c.id)).toEqual([acme.id]);
    const none = await listCustomers(seller, query({ q: "%" }));
    expect(none.items.map((c) => c.id)).toEqual([acme.id]);
    expect((await listCustomers(seller, query({ q: "nobody" }))).total).toBe(0);
  });

  it("is open to support (CRM read) and closed to customers", async () => {
    expect((await listCustomers(support, query())).total).toBe(3);
    await expect(listCustomers(acme, query())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("getCustomer", () => {
  it("returns the account, its figures and its requests, leads and tickets", async () => {
    const customer = await getCustomer(seller, acme.id);
    expect(customer).toMatchObject({ name: "Alice Martin", lifetimeValueCents: 170_000, openTickets: 2, openLeads: 1 });
    expect(customer.requestList).toHaveLength(3);
    expect(customer.leadList).toHaveLength(3);
    expect(customer.ticketList).toHaveLength(3);
  });

  it("answers not found for an unknown id or a user who is not a customer", async () => {
    await expect(getCustomer(seller, "nope")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCustomer(seller, support.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCustomer(acme, acme.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
