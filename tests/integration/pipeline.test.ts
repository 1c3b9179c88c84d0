import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { leadLostSchema, leadMoveSchema } from "@/lib/crm/leads/schemas";
import { markLeadLost } from "@/lib/crm/leads/mark-lead-lost";
import { markLeadWon } from "@/lib/crm/leads/mark-lead-won";
import { moveLead } from "@/lib/crm/leads/move-lead";
import { pipelineBoard } from "@/lib/crm/pipeline/queries";
import type { LeadStageName } from "@/lib/crm/stages";
import { createUser } from "./helpers";

type Owner = Awaited<ReturnType<typeof createUser>>;
const DAY = 86_400_000;
const now = new Date();
let counter = 0;

async function lead(
  owner: Owner,
  stage: LeadStageName,
  {
    valueCents = 0,
    position = 0,
    wonAt = null,
    lostAt = null,
  }: { valueCents?: number; position?: number; wonAt?: Date | null; lostAt?: Date | null } = {},
) {
  counter += 1;
  return db.cRMLead.create({
    data: {
      name: `Lead ${counter}`,
      email: `lead${counter}-${Date.now()}@example.test`,
      company: `Company ${counter}`,
      stage,
      source: "WEBSITE",
      valueCents,
      position,
      assigneeId: owner.id,
      wonAt,
      lostAt,
    },
  });
}

/** The ids of a column as the board shows them, for one owner's leads. */
async function column(owner: Owner, stage: LeadStageName) {
  const board = await pipelineBoard(owner, { assignee: owner.id, perColumn: 200 });
  return board.columns.find((c) => c.stage === stage)!.leads.map((l) => l.id);
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

let seller: Owner;
beforeAll(async () => {
  seller = await createUser("SELLER");
});

describe("pipelineBoard", () => {
  it("counts and sums every stage in one aggregate; won and lost only over the last 30 days", async () => {
    const owner = await createUser("SELLER");
    await lead(owner, "NEW", { valueCents: 1000 });
    await lead(owner, "NEW", { valueCents: 2500 });
    await lead(owner, "NEW", { valueCents: 0 });
    await lead(owner, "QUALIFIED", { valueCents: 7000 });
    await lead(owner, "NEGOTIATION", { valueCents: 12_000 });
    await lead(owner, "WON", { valueCents: 50_000, wonAt: new Date(now.getTime() - 3 * DAY) });
    await lead(owner, "WON", { valueCents: 20_000, wonAt: new Date(now.getTime() - 10 * DAY) });
    await lead(owner, "WON", { valueCents: 99_000, wonAt: new Date(now.getTime() - 45 * DAY) });
    await lead(owner, "LOST", { valueCents: 4000, lostAt: new Date(now.getTime() - 1 * DAY) });
    await lead(owner, "LOST", { valueCents: 8000, lostAt: new Date(now.getTime() - 90 * DAY) });
    // Someone else's lead stays out of the filtered board.
    await lead(seller, "NEW", { valueCents: 123 });

    const board = await pipelineBoard(owner, { assignee: owner.id }, now);
    expect(board.closedWindowDays).toBe(30);
    expect(board.columns.map((c) => [c.stage, c.count, c.valueCents, c.leads.length])).toEqual([
      ["NEW", 3, 3500, 3],
      ["CONTACTED", 0, 0, 0],
      ["QUALIFIED", 1, 7000, 1],
      ["PROPOSAL", 0, 0, 0],
      ["NEGOTIATION", 1, 12_000, 1],
      ["WON", 2, 70_000, 2],
      ["LOST", 1, 4000, 1],
    ]);
    // Most recently won first.
    expect(board.columns[5].leads.map((l) => l.valueCents)).toEqual([50_000, 20_000]);
    expect(board.columns[5].leads[0].closedAt).toBeInstanceOf(Date);
    expect(board.columns[0].leads[0]).toMatchObject({ assigneeName: owner.name, source: "WEBSITE" });

    // `mine` is the same filter for the actor; `perColumn` caps the cards but not the figures.
    const mine = await pipelineBoard(owner, { mine: true, perColumn: 2 }, now);
    expect(mine.columns[0]).toMatchObject({ count: 3, valueCents: 3500 });
    expect(mine.columns[0].leads).toHaveLength(2);
  });

  it("orders open columns by position", async () => {
    const owner = await createUser("SELLER");
    const c = await lead(owner, "PROPOSAL", { position: 30 });
    const a = await lead(owner, "PROPOSAL", { position: -5 });
    const b = await lead(owner, "PROPOSAL", { position: 10 });
    expect(await column(owner, "PROPOSAL")).toEqual([a.id, b.id, c.id]);
  });

  it("is open to support (read only) and gives a customer nothing", async () => {
    const support = await createUser("SUPPORT");
    expect((await pipelineBoard(support)).columns).toHaveLength(7);
    const customer = await createUser("CUSTOMER");
    expect((await refusal(pipelineBoard(customer))).code).toBe("FORBIDDEN");
  });
});

describe("moveLead", () => {
  it("puts a lead between the two neighbours it was dropped between", async () => {
    const owner = await createUser("SELLER");
    const a = await lead(owner, "QUALIFIED", { position: 1024 });
    const b = await lead(owner, "QUALIFIED", { position: 2048 });
    const c = await lead(owner, "QUALIFIED", { position: 3072 });
    const moving = await lead(owner, "NEW", { position: 0 });

    await moveLead(seller, moving.id, leadMoveSchema.parse({ stage: "QUALIFIED", afterId: a.id, beforeId: b.id }));
    expect(await column(owner, "QUALIFIED")).toEqual([a.id, moving.id, b.id, c.id]);

    // Within the column: to the bottom, then to the top.
    await moveLead(seller, moving.id, { stage: "QUALIFIED", afterId: c.id, beforeId: null });
    expect(await column(owner, "QUALIFIED")).toEqual([a.id, b.id, c.id, moving.id]);
    await moveLead(seller, moving.id, { stage: "QUALIFIED", afterId: null, beforeId: a.id });
    expect(await column(owner, "QUALIFIED")).toEqual([moving.id, a.id, b.id, c.id]);
  });

  it("keeps the order the mover saw when neighbours share a position, and when the gap runs out", async () => {
    const owner = await createUser("SELLER");
    const stage = "CONTACTED";
    // The seed numbers each group of leads from 0: positions may tie.
    const tied = [
      await lead(owner, stage, { position: 5 }),
      await lead(owner, stage, { position: 5 }),
      await lead(owner, stage, { position: 5 }),
    ];
    const seen = await column(owner, stage);
    expect(seen).toHaveLength(3);
    const moving = await lead(owner, "NEW");
    await moveLead(seller, moving.id, { stage, afterId: seen[0], beforeId: seen[1] });
    expect(await column(owner, stage)).toEqual([seen[0], moving.id, seen[1], seen[2]]);
    expect(tied).toHaveLength(3);

    // Halving the same gap again and again exhausts floating point: the column is renumbered.
    const upper = seen[0];
    let lower = moving.id;
    for (let i = 0; i < 60; i++) {
      const extra = await lead(owner, "NEW");
      await moveLead(seller, extra.id, { stage, afterId: upper, beforeId: lower });
      const ids = await column(owner, stage);
      expect(ids.indexOf(extra.id), `move ${i}`).toBe(ids.indexOf(upper) + 1);
      expect(ids.indexOf(lower), `move ${i}`).toBe(ids.indexOf(extra.id) + 1);
      lower = extra.id;
    }
    expect((await column(owner, stage)).slice(-2)).toEqual([seen[1], seen[2]]);
  });

  it("falls back to the neighbour still there when the other one left the column", async () => {
    const owner = await createUser("SELLER");
    const a = await lead(owner, "PROPOSAL", { position: 100 });
    const b = await lead(owner, "PROPOSAL", { position: 200 });
    const gone = await lead(owner, "NEW");
    const moving = await lead(owner, "NEW");
    await moveLead(seller, moving.id, { stage: "PROPOSAL", afterId: gone.id, beforeId: b.id });
    expect(await column(owner, "PROPOSAL")).toEqual([a.id, moving.id, b.id]);
  });

  it("writes a STAGE_CHANGE activity with from and to, and an audit row, in the same transaction", async () => {
    const owner = await createUser("SELLER");
    const moving = await lead(owner, "NEW");
    const moved = await moveLead(seller, moving.id, { stage: "CONTACTED" });
    expect(moved.stage).toBe("CONTACTED");

    const activities = await db.cRMActivity.findMany({ where: { leadId: moving.id, type: "STAGE_CHANGE" } });
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ userId: seller.id, meta: { from: "NEW", to: "CONTACTED" } });
    const audit = await db.auditLog.findMany({ where: { entity: "CRMLead", entityId: moving.id, action: "lead.move" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: seller.id, before: { stage: "NEW" }, after: { stage: "CONTACTED" } });

    // A reorder within the column is audited too, but is no stage change.
    await moveLead(seller, moving.id, { stage: "CONTACTED" });
    expect(await db.cRMActivity.count({ where: { leadId: moving.id, type: "STAGE_CHANGE" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: moving.id, action: "lead.move" } })).toBe(2);
  });

  it("refuses support and customers with FORBIDDEN and changes nothing", async () => {
    const owner = await createUser("SELLER");
    const target = await lead(owner, "NEW");
    const support = await createUser("SUPPORT");
    const customer = await createUser("CUSTOMER");
    expect((await refusal(moveLead(support, target.id, { stage: "CONTACTED" }))).code).toBe("FORBIDDEN");
    expect((await refusal(moveLead(customer, target.id, { stage: "CONTACTED" }))).code).toBe("FORBIDDEN");
    expect((await refusal(markLeadWon(support, target.id, {}))).code).toBe("FORBIDDEN");
    expect((await refusal(markLeadLost(support, target.id, { reason: "No budget" }))).code).toBe("FORBIDDEN");
    expect((await db.cRMLead.findUniqueOrThrow({ where: { id: target.id } })).stage).toBe("NEW");
    expect(await db.cRMActivity.count({ where: { leadId: target.id } })).toBe(0);
  });

  it("answers NOT_FOUND for a lead that does not exist, and the schema refuses a closed stage", async () => {
    expect((await refusal(moveLead(seller, "nope", { stage: "NEW" }))).code).toBe("NOT_FOUND");
    expect(leadMoveSchema.safeParse({ stage: "WON" }).success).toBe(false);
  });
});

describe("won and lost", () => {
  it("a lost lead needs a reason: the schema refuses none or a too short one", () => {
    for (const input of [{}, { reason: "" }, { reason: "  a " }]) {
      const parsed = leadLostSchema.safeParse(input);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0].path).toEqual(["reason"]);
    }
    expect(leadLostSchema.safeParse({ reason: "  a " }).error!.issues[0].message).toBe("reasonRequired");
    expect(leadLostSchema.parse({ reason: "  Budget gelé  " })).toEqual({ reason: "Budget gelé" });
  });

  it("marking lost keeps the reason, moves the lead into the lost column and logs the change", async () => {
    const owner = await createUser("SELLER");
    const target = await lead(owner, "PROPOSAL", { valueCents: 9000 });
    await markLeadLost(seller, target.id, leadLostSchema.parse({ reason: "Chose a competitor" }));
    const board = await pipelineBoard(owner, { assignee: owner.id });
    expect(board.columns.find((c) => c.stage === "LOST")).toMatchObject({ count: 1, valueCents: 9000 });
    const stored = await db.cRMLead.findUniqueOrThrow({ where: { id: target.id } });
    expect(stored).toMatchObject({ stage: "LOST", lostReason: "Chose a competitor" });
    expect(await db.cRMActivity.count({ where: { leadId: target.id, type: "STAGE_CHANGE" } })).toBe(1);
  });

  it("marking won creates the customer account once, with a temporary password", async () => {
    const owner = await createUser("SELLER");
    const target = await lead(owner, "NEGOTIATION", { valueCents: 30_000 });
    const result = await markLeadWon(seller, target.id, {});
    expect(result.accountCreated).toBe(true);
    expect(result.temporaryPassword).toMatch(/^[\w-]{12}$/);
    const customer = await db.user.findUniqueOrThrow({ where: { id: result.customerId! } });
    expect(customer).toMatchObject({ role: "CUSTOMER", email: target.email });
    expect((await refusal(markLeadWon(seller, target.id, {}))).code).toBe("CONFLICT");

    // Dragged back into an open column, the lead is reopened.
    await moveLead(seller, target.id, { stage: "NEGOTIATION" });
    expect(await db.cRMLead.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ stage: "NEGOTIATION", wonAt: null });
  });
});
