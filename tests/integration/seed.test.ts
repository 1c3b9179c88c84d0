import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/service";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed/index";
import { demoUsers } from "@/prisma/seed/demo-users";

async function counts() {
  const [users, plans, leads, activities, requests, tickets, comments, formEvents, notifications, checkResults] = await Promise.all([
    db.user.count(),
    db.hostingPlan.count(),
    db.cRMLead.count(),
    db.cRMActivity.count(),
    db.hostingRequest.count(),
    db.cRMTicket.count(),
    db.ticketComment.count(),
    db.formEvent.count(),
    db.notification.count(),
    db.serviceCheckResult.count(),
  ]);
  return { users, plans, leads, activities, requests, tickets, comments, formEvents, notifications, checkResults };
}

// Seeding the whole demo (and hashing its passwords) takes seconds alone, and more beside CI's other lanes.
describe("seed", { timeout: 120_000 }, () => {
  it("fills every screen with data and changes nothing when run again", async () => {
    await seed(db);
    const first = await counts();
    expect(first.plans).toBe(4);
    expect(first.leads).toBeGreaterThanOrEqual(20);
    expect(first.requests).toBeGreaterThanOrEqual(10);
    expect(first.tickets).toBeGreaterThanOrEqual(10);
    expect(first.comments).toBeGreaterThan(0);
    expect(first.formEvents).toBeGreaterThan(100);
    // A few days of results for each built-in check: the services page has charts and uptime at once.
    expect(first.checkResults).toBeGreaterThanOrEqual(4 * 3 * 24);
    await seed(db);
    expect(await counts()).toEqual(first);
  });

  it("gives one working login per role", async () => {
    await seed(db);
    for (const demo of demoUsers) {
      await expect(authenticate(demo.email, demo.password, "127.0.0.1")).resolves.toMatchObject({ role: demo.role });
    }
  });

  it("deduplicates leads by email: one lead per customer with requests", async () => {
    await seed(db);
    const duplicated = await db.cRMLead.groupBy({ by: ["email"], _count: { _all: true }, having: { email: { _count: { gt: 1 } } } });
    expect(duplicated).toEqual([]);
    const withoutLead = await db.hostingRequest.count({ where: { leadId: null } });
    expect(withoutLead).toBe(0);
  });

  it("keeps ticket numbers counting after the seeded ones", async () => {
    await seed(db);
    const customer = await db.user.findUniqueOrThrow({ where: { email: demoUsers[0].email } });
    const ticket = await db.cRMTicket.create({ data: { subject: "New", description: "New ticket", customerId: customer.id } });
    const max = await db.cRMTicket.aggregate({ _max: { number: true }, where: { id: { not: ticket.id } } });
    expect(ticket.number).toBeGreaterThan(max._max.number ?? 0);
  });
});
