import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { mergeLeadDays } from "@/lib/crm/lead-days";
import { mergeLeadTotals, stageTotals, type LeadOwner } from "@/lib/crm/lead-totals";
import { leadWhere, listLeads } from "@/lib/crm/leads/queries";
import { leadListQuery } from "@/lib/crm/leads/schemas";
import { leadSources, leadStages, type LeadSourceName, type LeadStageName } from "@/lib/crm/stages";
import { db } from "@/lib/db";
import { createUser } from "./helpers";

/**
 * The running and daily totals of the leads (kept by triggers on CRMLead) against a count of the
 * leads themselves, after random sequences of the writes the app makes: one lead or many at once,
 * created on various days, moved, won or lost on a day, reopened, reassigned, revalued, deleted, a
 * seller deleted (their leads unassigned), and the merge job in between.
 */

let sellers: string[] = [];
let serial = 0;

const stage = fc.constantFrom(...leadStages);
const source = fc.constantFrom(...leadSources);
const seller = () => fc.integer({ min: 0, max: 2 }).map((i) => sellers[i]);
const assignee = () => fc.option(seller(), { nil: null });
const value = fc.integer({ min: 0, max: 2_000_000 });
/** A few days and times, around midnight UTC too. */
const instant = fc
  .record({ day: fc.integer({ min: 1, max: 4 }), minute: fc.constantFrom(0, 1, 719, 1439) })
  .map(({ day, minute }) => new Date(Date.UTC(2026, 2, day, 0, minute, 30)));
const closedAt = fc.option(instant, { nil: null });

type Write =
  | {
      kind: "create";
      leads: Array<{
        stage: LeadStageName;
        source: LeadSourceName;
        assigneeId: string | null;
        valueCents: number;
        createdAt: Date;
        wonAt: Date | null;
        lostAt: Date | null;
      }>;
    }
  | { kind: "close"; pick: number; stage: "WON" | "LOST"; at: Date }
  | { kind: "move"; pick: number; stage: LeadStageName }
  | { kind: "reassign"; pick: number; assigneeId: string | null }
  | { kind: "revalue"; pick: number; valueCents: number }
  | { kind: "resource"; pick: number; source: LeadSourceName }
  | { kind: "moveStage"; from: LeadStageName; to: LeadStageName }
  | { kind: "touch"; pick: number }
  | { kind: "delete"; pick: number }
  | { kind: "deleteStage"; stage: LeadStageName }
  | { kind: "merge" };

const write = (): fc.Arbitrary<Write> =>
  fc.oneof(
    fc.record({
      kind: fc.constant("create" as const),
      leads: fc.array(
        fc.record({ stage, source, assigneeId: assignee(), valueCents: value, createdAt: instant, wonAt: closedAt, lostAt: closedAt }),
        { minLength: 1, maxLength: 5 },
      ),
    }),
    fc.record({
      kind: fc.constant("close" as const),
      pick: fc.nat(),
      stage: fc.constantFrom("WON" as const, "LOST" as const),
      at: instant,
    }),
    fc.record({ kind: fc.constant("move" as const), pick: fc.nat(), stage }),
    fc.record({ kind: fc.constant("reassign" as const), pick: fc.nat(), assigneeId: assignee() }),
    fc.record({ kind: fc.constant("revalue" as const), pick: fc.nat(), valueCents: value }),
    fc.record({ kind: fc.constant("resource" as const), pick: fc.nat(), source }),
    fc.record({ kind: fc.constant("moveStage" as const), from: stage, to: stage }),
    fc.record({ kind: fc.constant("touch" as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
    fc.record({ kind: fc.constant("deleteStage" as const), stage }),
    fc.constant({ kind: "merge" as const }),
  );

/** One of the leads, chosen by `pick` (none when there are no leads). */
async function pickLead(pick: number): Promise<string | null> {
  const ids = await db.cRMLead.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return ids.length ? ids[pick % ids.length].id : null;
}

async function apply(step: Write): Promise<void> {
  switch (step.kind) {
    case "create":
      await db.cRMLead.createMany({
        data: step.leads.map((lead) => ({ ...lead, name: `Lead ${++serial}`, email: `lead${serial}@example.test` })),
      });
      return;
    case "moveStage":
      await db.cRMLead.updateMany({ where: { stage: step.from }, data: { stage: step.to } });
      return;
    case "deleteStage":
      await db.cRMLead.deleteMany({ where: { stage: step.stage } });
      return;
    case "merge":
      await Promise.all([mergeLeadTotals(), mergeLeadDays()]);
      return;
  }
  const id = await pickLead(step.pick);
  if (!id) return;
  if (step.kind === "delete") await db.cRMLead.delete({ where: { id } });
  else if (step.kind === "close")
    await db.cRMLead.update({ where: { id }, data: { stage: step.stage, [step.stage === "WON" ? "wonAt" : "lostAt"]: step.at } });
  else if (step.kind === "touch") await db.cRMLead.update({ where: { id }, data: { notes: `Touched ${++serial}` } });
  else if (step.kind === "move") await db.cRMLead.update({ where: { id }, data: { stage: step.stage } });
  else if (step.kind === "reassign") await db.cRMLead.update({ where: { id }, data: { assigneeId: step.assigneeId } });
  else if (step.kind === "resource") await db.cRMLead.update({ where: { id }, data: { source: step.source } });
  else await db.cRMLead.update({ where: { id }, data: { valueCents: step.valueCents } });
}

/** The same figures counted from the leads themselves. */
async function countedTotals(owner: LeadOwner, sources?: LeadSourceName[]) {
  const rows = await db.cRMLead.groupBy({
    by: ["stage"],
    where: { ...(owner !== undefined && { assigneeId: owner }), ...(sources && { source: { in: sources } }) },
    _count: { _all: true },
    _sum: { valueCents: true },
  });
  return new Map(rows.map((row) => [row.stage, { count: row._count._all, valueCents: row._sum.valueCents ?? 0 }]));
}

/** The daily totals, summed per day, event, facet and key (groups summing to nothing left out). */
async function dailyTotals() {
  const rows = await db.cRMLeadDay.groupBy({ by: ["day", "event", "facet", "key"], _sum: { count: true, valueCents: true } });
  return new Map(
    rows
      .filter((row) => row._sum.count !== 0)
      .map((row) => [
        `${row.day.toISOString().slice(0, 10)} ${row.event} ${row.facet} ${row.key}`,
        { count: row._sum.count, valueCents: Number(row._sum.valueCents) },
      ]),
  );
}

/** The same counted from the leads: created by creation day, won and lost by closing day while in that stage. */
async function countedDays() {
  const counted = new Map<string, { count: number; valueCents: number }>();
  for (const lead of await db.cRMLead.findMany()) {
    const events = [
      ["CREATED", lead.createdAt],
      ["WON", lead.stage === "WON" ? lead.wonAt : null],
      ["LOST", lead.stage === "LOST" ? lead.lostAt : null],
    ] as const;
    for (const [event, at] of events) {
      if (!at) continue;
      for (const [facet, key] of [
        ["STAGE", lead.stage],
        ["SOURCE", lead.source],
        ["ASSIGNEE", lead.assigneeId],
      ]) {
        const name = `${at.toISOString().slice(0, 10)} ${event} ${facet} ${key}`;
        const total = counted.get(name) ?? { count: 0, valueCents: 0 };
        counted.set(name, { count: total.count + 1, valueCents: total.valueCents + lead.valueCents });
      }
    }
  }
  return counted;
}

async function expectTotalsToMatchLeads() {
  expect(await dailyTotals()).toEqual(await countedDays());
  for (const owner of [undefined, null, ...sellers] as LeadOwner[]) {
    expect(await stageTotals(leadStages, owner), `owner ${owner}`).toEqual(await countedTotals(owner));
    for (const sources of [["WEBSITE"], ["EMAIL", "REFERRAL"]] as LeadSourceName[][]) {
      expect(await stageTotals(leadStages, owner, sources), `owner ${owner}, ${sources}`).toEqual(await countedTotals(owner, sources));
    }
  }
}

beforeAll(async () => {
  sellers = await Promise.all([createUser("SELLER"), createUser("SELLER"), createUser("SELLER")]).then((users) => users.map((u) => u.id));
});

describe("the leads' running totals", () => {
  it("equal the leads' own count and value by stage, assignee and day after any sequence of writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write(), { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const step of steps) await apply(step);
        await expectTotalsToMatchLeads();
      }),
      { numRuns: 25, seed: 20_261_206 },
    );
  });

  it("follow a seller's deletion, which leaves their leads unassigned", async () => {
    const leaving = await createUser("SELLER");
    await db.cRMLead.createMany({
      data: [0, 1, 2].map((i) => ({
        name: `Gone ${i}`,
        email: `gone${i}@example.test`,
        stage: "QUALIFIED" as const,
        assigneeId: leaving.id,
        valueCents: 1_000,
      })),
    });
    await db.user.delete({ where: { id: leaving.id } });
    expect(await stageTotals(["QUALIFIED"], leaving.id)).toEqual(new Map());
    await expectTotalsToMatchLeads();
  });

  it("merge into one row per stage and assignee, and per day, keeping the figures", async () => {
    await db.cRMLead.createMany({
      data: [0, 1, 2, 3].map((i) => ({
        name: `Merge ${i}`,
        email: `merge${i}@example.test`,
        stage: "PROPOSAL" as const,
        assigneeId: sellers[0],
        valueCents: 500,
      })),
    });
    await db.cRMLead.updateMany({ where: { name: { startsWith: "Merge" } }, data: { stage: "NEGOTIATION" } });
    const before = await stageTotals(leadStages);
    const daysBefore = await dailyTotals();
    await Promise.all([mergeLeadTotals(), mergeLeadDays()]);
    expect(await stageTotals(leadStages)).toEqual(before);
    expect(await dailyTotals()).toEqual(daysBefore);
    const groups = await db.cRMLeadTotal.groupBy({ by: ["stage", "source", "assigneeId"], _count: { _all: true } });
    expect(groups.every((group) => group._count._all === 1)).toBe(true);
    const days = await db.cRMLeadDay.groupBy({ by: ["day", "event", "facet", "key"], _count: { _all: true } });
    expect(days.every((group) => group._count._all === 1)).toBe(true);
    await expectTotalsToMatchLeads();
  });

  it("give the leads list its total, as counting the leads would, for every filter of stages, sources and owner", async () => {
    const seller = { id: sellers[1], role: "SELLER" as const };
    const filters = [
      {},
      { stage: "NEW,QUALIFIED" },
      { source: "WEBSITE" },
      { stage: "PROPOSAL,NEGOTIATION", source: "EMAIL,REFERRAL" },
      { mine: "1" },
      { assignee: "none", stage: "WON" },
      { assignee: sellers[2], source: "WEBSITE,PHONE" },
      { q: "Lead", stage: "NEW" },
    ];
    for (const filter of filters) {
      const query = leadListQuery.parse(filter);
      const { total } = await listLeads(seller, query);
      expect(total, JSON.stringify(filter)).toBe(await db.cRMLead.count({ where: leadWhere(seller, query) }));
    }
  });
});
