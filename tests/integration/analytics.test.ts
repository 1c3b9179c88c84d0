import { beforeAll, describe, expect, it } from "vitest";
import { crmConversion, type ConversionRow } from "@/lib/crm/analytics/conversion";
import { crmOverview } from "@/lib/crm/analytics/overview";
import { crmTrends } from "@/lib/crm/analytics/trends";
import { todaysActivities, urgentTickets } from "@/lib/crm/dashboard/queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { LeadSource, LeadStage } from "@/lib/generated/prisma/enums";
import { createUser } from "./helpers";

/**
 * A known data set around a fixed "now" (Wednesday 18 March 2026, 12:00 UTC). The default period
 * is 17 Feb – 18 Mar 2026; the previous one 18 Jan – 16 Feb 2026.
 */
const now = new Date("2026-03-18T12:00:00.000Z");
const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T10:00:00.000Z` : iso);

let sellerA: Awaited<ReturnType<typeof createUser>>;
let sellerB: Awaited<ReturnType<typeof createUser>>;
let admin: Awaited<ReturnType<typeof createUser>>;
let support: Awaited<ReturnType<typeof createUser>>;
let customer: Awaited<ReturnType<typeof createUser>>;

type LeadSpec = {
  id: string;
  created: string;
  source: LeadSource;
  owner: "A" | "B" | null;
  stage: LeadStage;
  won?: string;
  lost?: string;
  value: number;
};

const leads: LeadSpec[] = [
  // Created in the period.
  { id: "L1", created: "2026-03-02", source: "WEBSITE", owner: "A", stage: "WON", won: "2026-03-10", value: 100_000 },
  { id: "L2", created: "2026-03-03", source: "WEBSITE", owner: "A", stage: "LOST", lost: "2026-03-12", value: 50_000 },
  { id: "L3", created: "2026-02-20", source: "REFERRAL", owner: "B", stage: "WON", won: "2026-03-01", value: 200_000 },
  { id: "L4", created: "2026-03-15", source: "REFERRAL", owner: null, stage: "NEW", value: 30_000 },
  { id: "L5", created: "2026-02-18", source: "EMAIL", owner: "B", stage: "PROPOSAL", value: 70_000 },
  // Created long before, won in the period.
  { id: "L6", created: "2026-01-10", source: "WEBSITE", owner: "A", stage: "WON", won: "2026-02-25", value: 40_000 },
  // Created in the previous period.
  { id: "L7", created: "2026-01-20", source: "EMAIL", owner: "A", stage: "WON", won: "2026-02-05", value: 80_000 },
  { id: "L8", created: "2026-01-25", source: "WEBSITE", owner: "B", stage: "LOST", lost: "2026-02-10", value: 10_000 },
  { id: "L9", created: "2026-02-01", source: "PHONE", owner: "B", stage: "LOST", lost: "2026-02-20", value: 20_000 },
  { id: "L10", created: "2026-02-10", source: "WEBSITE", owner: null, stage: "QUALIFIED", value: 60_000 },
];

const group = (groups: ConversionRow[], key: string) => groups.find((g) => g.key === key)!;

beforeAll(async () => {
  [sellerA, sellerB, admin, support, customer] = await Promise.all([
    createUser("SELLER"),
    createUser("SELLER"),
    createUser("ADMIN"),
    createUser("SUPPORT"),
    createUser("CUSTOMER"),
  ]);
  const owner = { A: sellerA.id, B: sellerB.id };
  await db.cRMLead.createMany({
    data: leads.map((l) => ({
      id: l.id,
      name: `Lead ${l.id}`,
      email: `${l.id.toLowerCase()}@example.test`,
      source: l.source,
      stage: l.stage,
      valueCents: l.value,
      assigneeId: l.owner ? owner[l.owner] : null,
      createdAt: at(l.created),
      wonAt: l.won ? at(l.won) : null,
      lostAt: l.lost ? at(l.lost) : null,
    })),
  });
  await db.cRMActivity.createMany({
    data: [
      // Overdue: due before now, not completed.
      { leadId: "L4", userId: sellerA.id, type: "TASK", subject: "Overdue task of A", dueAt: at("2026-03-17T09:00:00Z") },
      { leadId: "L5", userId: sellerB.id, type: "TASK", subject: "Overdue task of B", dueAt: at("2026-03-18T10:00:00Z") },
      // Not overdue: completed, in the future, or not a task.
      {
        leadId: "L4",
        userId: sellerA.id,
        type: "TASK",
        subject: "Done",
        dueAt: at("2026-03-16T09:00:00Z"),
        completedAt: at("2026-03-16T10:00:00Z"),
      },
      { leadId: "L4", userId: sellerA.id, type: "TASK", subject: "Tomorrow", dueAt: at("2026-03-19T09:00:00Z") },
      { leadId: "L4", userId: sellerA.id, type: "CALL", subject: "Past call", dueAt: at("2026-03-10T09:00:00Z") },
      // A's day in Paris (UTC+1): 17 Mar 23:00 UTC to 18 Mar 23:00 UTC.
      { leadId: "L10", userId: sellerA.id, type: "MEETING", subject: "Demo today", dueAt: at("2026-03-18T15:00:00Z") },
      { leadId: "L10", userId: sellerA.id, type: "TASK", subject: "Late evening task", dueAt: at("2026-03-18T22:30:00Z") },
      { leadId: "L10", userId: sellerA.id, type: "CALL", subject: "Tomorrow in Paris", dueAt: at("2026-03-18T23:30:00Z") },
    ],
  });
  await db.cRMTicket.createMany({
    data: [
      {
        subject: "Urgent, open",
        description: "-",
        status: "OPEN",
        priority: "URGENT",
        customerId: customer.id,
        createdAt: at("2026-03-10"),
      },
      {
        subject: "In progress",
        description: "-",
        status: "IN_PROGRESS",
        priority: "NORMAL",
        customerId: customer.id,
        createdAt: at("2026-02-01"),
      },
      { subject: "Resolved", description: "-", status: "RESOLVED", priority: "HIGH", customerId: customer.id, createdAt: at("2026-03-01") },
      { subject: "Closed", description: "-", status: "CLOSED", priority: "LOW", customerId: customer.id, createdAt: at("2026-01-20") },
    ],
  });
});

describe("crmOverview", () => {
  it("computes every KPI of the default period against the previous one", async () => {
    const overview = await crmOverview(sellerA, {}, now);
    expect(overview.range).toEqual({
      from: "2026-02-17",
      to: "2026-03-18",
      days: 30,
      previousFrom: "2026-01-18",
      previousTo: "2026-02-16",
    });
    const sales = overview.sales!;
    expect(sales.newLeads).toEqual({ value: 5, previous: 4, change: 0.25 });

    // Won L1, L3, L6 and lost L2, L9 in the period; won L7 and lost L8 before.
    expect(sales.conversionRate).toMatchObject({ value: 0.6, previous: 0.5, won: 3, lost: 2 });
    expect(sales.conversionRate.change).toBeCloseTo(0.1, 10);

    // Open now: L4, L5, L10. Open on 17 Feb: L6, L9, L10 (L7 and L8 closed before).
    expect(sales.pipeline).toMatchObject({ value: 160_000, previous: 120_000, count: 3, previousCount: 3 });
    expect(sales.pipeline.change).toBeCloseTo(1 / 3, 10);
    expect(sales.pipeline.stages).toEqual([
      { stage: "NEW", count: 1, valueCents: 30_000 },
      { stage: "CONTACTED", count: 0, valueCents: 0 },
      { stage: "QUALIFIED", count: 1, valueCents: 60_000 },
      { stage: "PROPOSAL", count: 1, valueCents: 70_000 },
      { stage: "NEGOTIATION", count: 0, valueCents: 0 },
    ]);

    // 1–18 March (L1, L3) against 1–18 February (L7; L6 was won on the 25th).
    expect(sales.wonThisMonth).toEqual({
      value: 300_000,
      previous: 80_000,
      change: 2.75,
      month: "2026-03",
      count: 2,
      previousCount: 1,
    });
    expect(sales.overdueActivities).toEqual({ value: 2, mine: 1 });

    expect(overview.tickets).toEqual({ open: 2, urgentOpen: 1, breachedOpen: 0, opened: { value: 2, previous: 2, change: 0 } });
  });

  it("follows an explicit period", async () => {
    const overview = await crmOverview(admin, { from: "2026-01-18", to: "2026-02-16" }, now);
    expect(overview.range.previousFrom).toBe("2025-12-19");
    expect(overview.sales!.newLeads).toEqual({ value: 4, previous: 1, change: 3 });
    expect(overview.sales!.conversionRate).toMatchObject({ value: 0.5, previous: null, change: null });
    // February 1–16 against January 1–16.
    expect(overview.sales!.wonThisMonth).toMatchObject({ value: 80_000, previous: 0, change: null, month: "2026-02" });
  });

  it("gives support the tickets part only and refuses customers", async () => {
    const overview = await crmOverview(support, {}, now);
    expect(overview.sales).toBeNull();
    expect(overview.tickets.open).toBe(2);
    await expect(crmOverview(customer, {}, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("crmConversion", () => {
  it("groups by source: created in the period, won and lost by closing date", async () => {
    const result = await crmConversion(sellerA, { by: "source" }, now);
    expect(group(result.groups, "WEBSITE")).toMatchObject({ created: 2, won: 2, lost: 1, wonValueCents: 140_000 });
    expect(group(result.groups, "WEBSITE").conversionRate).toBeCloseTo(2 / 3, 10);
    expect(group(result.groups, "REFERRAL")).toMatchObject({ created: 2, won: 1, lost: 0, conversionRate: 1, wonValueCents: 200_000 });
    expect(group(result.groups, "EMAIL")).toMatchObject({ created: 1, won: 0, lost: 0, conversionRate: null, wonValueCents: 0 });
    expect(group(result.groups, "PHONE")).toMatchObject({ created: 0, won: 0, lost: 1, conversionRate: 0 });
    expect(result.groups).toHaveLength(7);
    expect(result.total).toEqual({ key: "total", created: 5, won: 3, lost: 2, conversionRate: 0.6, wonValueCents: 340_000 });
  });

  it("groups by seller, unassigned leads included, best first", async () => {
    const result = await crmConversion(admin, { by: "seller" }, now);
    expect(result.groups.map((g) => g.key)).toEqual([sellerB.id, sellerA.id, "none"]);
    expect(result.groups[0]).toMatchObject({
      label: sellerB.name,
      created: 2,
      won: 1,
      lost: 1,
      conversionRate: 0.5,
      wonValueCents: 200_000,
    });
    expect(result.groups[1]).toMatchObject({ label: sellerA.name, created: 2, won: 2, lost: 1, wonValueCents: 140_000 });
    expect(result.groups[2]).toMatchObject({ label: null, created: 1, won: 0, lost: 0, conversionRate: null });
  });

  it("groups by month and by week, empty buckets included", async () => {
    const months = await crmConversion(sellerA, { by: "period", period: "month" }, now);
    expect(months.period).toBe("month");
    expect(months.groups).toEqual([
      { key: "2026-02-01", created: 2, won: 1, lost: 1, conversionRate: 0.5, wonValueCents: 40_000 },
      { key: "2026-03-01", created: 3, won: 2, lost: 1, conversionRate: 2 / 3, wonValueCents: 300_000 },
    ]);
    const weeks = await crmConversion(sellerA, { by: "period", period: "week" }, now);
    expect(weeks.groups.map((g) => [g.key, g.created, g.won, g.lost, g.wonValueCents])).toEqual([
      ["2026-02-16", 2, 0, 1, 0],
      ["2026-02-23", 0, 2, 0, 240_000],
      ["2026-03-02", 2, 0, 0, 0],
      ["2026-03-09", 1, 1, 1, 100_000],
      ["2026-03-16", 0, 0, 0, 0],
    ]);
  });

  it("groups the leads created in the period by the stage they are in now", async () => {
    const result = await crmConversion(sellerA, { by: "stage" }, now);
    expect(result.groups.map((g) => [g.key, g.created, g.valueCents])).toEqual([
      ["NEW", 1, 30_000],
      ["CONTACTED", 0, 0],
      ["QUALIFIED", 0, 0],
      ["PROPOSAL", 1, 70_000],
      ["NEGOTIATION", 0, 0],
      ["WON", 2, 300_000],
      ["LOST", 1, 50_000],
    ]);
    expect(result.total).toMatchObject({ created: 5, won: 2, lost: 1, wonValueCents: 300_000 });
    expect(result.total!.conversionRate).toBeCloseTo(2 / 3, 10);
  });

  it("refuses support and customers", async () => {
    for (const actor of [support, customer]) {
      const error = await crmConversion(actor, { by: "source" }, now).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "FORBIDDEN", status: 403 });
    }
  });
});

describe("crmTrends", () => {
  it("counts leads per week by source and value won per month", async () => {
    const trends = await crmTrends(sellerA, { weeks: 4, months: 3 }, now);
    expect(trends.leadsPerWeek.map((w) => [w.week, w.total])).toEqual([
      ["2026-02-23", 0],
      ["2026-03-02", 2],
      ["2026-03-09", 1],
      ["2026-03-16", 0],
    ]);
    expect(trends.leadsPerWeek[1].bySource).toMatchObject({ WEBSITE: 2, REFERRAL: 0 });
    expect(trends.leadsPerWeek[2].bySource).toMatchObject({ WEBSITE: 0, REFERRAL: 1 });
    expect(trends.wonPerMonth).toEqual([
      { month: "2026-01", count: 0, valueCents: 0 },
      { month: "2026-02", count: 2, valueCents: 120_000 },
      { month: "2026-03", count: 2, valueCents: 300_000 },
    ]);
  });

  it("refuses support", async () => {
    await expect(crmTrends(support, {}, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("dashboard lists", () => {
  it("lists the user's day in Paris: overdue and today's tasks, today's calls and meetings", async () => {
    const agenda = await todaysActivities(sellerA, now);
    expect(agenda.items.map((a) => [a.subject, a.overdue])).toEqual([
      ["Overdue task of A", true],
      ["Demo today", false],
      ["Late evening task", false],
    ]);
    expect(agenda.total).toBe(3);
  });

  it("puts the most urgent open tickets first; support may see them", async () => {
    const tickets = await urgentTickets(support);
    expect(tickets.map((t) => t.subject)).toEqual(["Urgent, open", "In progress"]);
  });
});
