import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addActivity } from "@/lib/crm/leads/add-activity";
import { listActivities } from "@/lib/crm/leads/queries";
import { setTaskDone } from "@/lib/crm/leads/set-task-done";
import { leadsCsvStream } from "@/lib/crm/leads/csv-export";
import { markLeadLost } from "@/lib/crm/leads/mark-lead-lost";
import { markLeadWon } from "@/lib/crm/leads/mark-lead-won";
import { moveLead } from "@/lib/crm/leads/move-lead";
import { activityCreateSchema, leadCreateSchema, leadListQuery, leadLostSchema } from "@/lib/crm/leads/schemas";
import { bulkAssignLeads } from "@/lib/crm/leads/bulk-assign-leads";
import { createLead } from "@/lib/crm/leads/create-lead";
import { deleteLead } from "@/lib/crm/leads/delete-lead";
import { findSimilarLeads, getLead, listLeads } from "@/lib/crm/leads/queries";
import { updateLead } from "@/lib/crm/leads/update-lead";
import { createUser } from "./helpers";

type User = Awaited<ReturnType<typeof createUser>>;
let seller: User, seller2: User, support: User, admin: User, customer: User;

const query = (raw: Record<string, unknown> = {}) => leadListQuery.parse(raw);
const code = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
};

beforeAll(async () => {
  [seller, seller2, support, admin, customer] = await Promise.all([
    createUser("SELLER"),
    createUser("SELLER"),
    createUser("SUPPORT"),
    createUser("ADMIN"),
    createUser("CUSTOMER"),
  ]);
  const day = (d: string) => new Date(`${d}T10:00:00Z`);
  await db.cRMLead.createMany({
    data: [
      {
        name: "Alice Martin",
        email: "alice@acme.test",
        company: "Acme",
        stage: "NEW",
        source: "WEBSITE",
        valueCents: 10000,
        assigneeId: seller.id,
        createdAt: day("2026-01-05"),
      },
      {
        name: "Bruno Petit",
        email: "bruno@globex.test",
        company: "Globex",
        stage: "QUALIFIED",
        source: "REFERRAL",
        valueCents: 50000,
        assigneeId: seller2.id,
        createdAt: day("2026-02-10"),
      },
      {
        name: "Chloé Roux",
        email: "chloe@initech.test",
        company: "Initech",
        stage: "PROPOSAL",
        source: "WEBSITE",
        valueCents: 30000,
        assigneeId: null,
        createdAt: day("2026-03-15"),
      },
      {
        name: "David Acme",
        email: "david@other.test",
        company: null,
        stage: "NEW",
        source: "EVENT",
        valueCents: 2000,
        assigneeId: seller.id,
        createdAt: day("2026-03-20"),
      },
    ],
  });
});

describe("listLeads", () => {
  it("searches name, email and company without case", async () => {
    const { items, total } = await listLeads(seller, query({ q: "acme" }));
    expect(total).toBe(2);
    expect(items.map((l) => l.name).sort()).toEqual(["Alice Martin", "David Acme"]);
  });

  it("combines stage, source, assignee and date filters", async () => {
    expect((await listLeads(seller, query({ stage: "NEW,PROPOSAL", source: "WEBSITE" }))).items.map((l) => l.name).sort()).toEqual([
      "Alice Martin",
      "Chloé Roux",
    ]);
    expect((await listLeads(seller, query({ mine: "1" }))).items.map((l) => l.name).sort()).toEqual(["Alice Martin", "David Acme"]);
    expect((await listLeads(seller, query({ assignee: "none" }))).items.map((l) => l.name)).toEqual(["Chloé Roux"]);
    expect((await listLeads(seller, query({ assignee: seller2.id }))).items.map((l) => l.name)).toEqual(["Bruno Petit"]);
    const range = await listLeads(seller, query({ createdFrom: "2026-02-01", createdTo: "2026-03-15" }));
    expect(range.items.map((l) => l.name).sort()).toEqual(["Bruno Petit", "Chloé Roux"]);
  });

  it("sorts on the server and pages without overlap", async () => {
    const byValue = await listLeads(seller, query({ sort: "valueCents", dir: "desc", q: "test" }));
    expect(byValue.items.map((l) => l.valueCents)).toEqual([50000, 30000, 10000, 2000]);
    const first = await listLeads(seller, query({ sort: "name", dir: "asc", pageSize: 2, page: 1, q: ".test" }));
    const second = await listLeads(seller, query({ sort: "name", dir: "asc", pageSize: 2, page: 2, q: ".test" }));
    expect([...first.items, ...second.items].map((l) => l.name)).toEqual(["Alice Martin", "Bruno Petit", "Chloé Roux", "David Acme"]);
    expect(first.total).toBe(4);
  });

  it("rejects an unknown stage in the query", () => {
    expect(leadListQuery.safeParse({ stage: "MAYBE" }).success).toBe(false);
  });
});

describe("permissions", () => {
  it("lets support read but not write, and gives a customer nothing", async () => {
    const [lead] = (await listLeads(support, query({ q: "alice" }))).items;
    expect(lead.name).toBe("Alice Martin");
    expect(await code(getLead(support, lead.id))).toBe("OK");
    expect(await code(updateLead(support, lead.id, { valueCents: 1 }))).toBe("FORBIDDEN");
    expect(await code(createLead(support, leadCreateSchema.parse({ name: "X", email: "x@x.test" })))).toBe("FORBIDDEN");
    expect(await code(addActivity(support, lead.id, activityCreateSchema.parse({ type: "NOTE", subject: "hi" })))).toBe("FORBIDDEN");
    expect(await code(listLeads(customer, query()))).toBe("FORBIDDEN");
    expect(await code(getLead(customer, lead.id))).toBe("FORBIDDEN");
  });

  it("keeps deletion for admins", async () => {
    const lead = await createLead(seller, leadCreateSchema.parse({ name: "To delete", email: "delete@me.test" }));
    expect(await code(deleteLead(seller, lead.id))).toBe("FORBIDDEN");
    await deleteLead(admin, lead.id);
    expect(await code(getLead(admin, lead.id))).toBe("NOT_FOUND");
    const audit = await db.auditLog.findFirst({ where: { entityId: lead.id, action: "lead.delete" } });
    expect(audit?.actorId).toBe(admin.id);
  });
});

describe("timeline", () => {
  it("records stage and assignee changes by itself", async () => {
    const lead = await createLead(seller, leadCreateSchema.parse({ name: "Eva Stage", email: "eva@stage.test", valueCents: 1200 }));
    await updateLead(seller, lead.id, { stage: "CONTACTED", assigneeId: seller2.id });
    await moveLead(seller, lead.id, { stage: "QUALIFIED" });
    const { items } = await listActivities(seller, lead.id, { page: 1, pageSize: 50 });
    const stages = items.filter((a) => a.type === "STAGE_CHANGE").map((a) => a.meta);
    expect(stages).toEqual([
      { from: "CONTACTED", to: "QUALIFIED" },
      { from: "NEW", to: "CONTACTED" },
    ]);
    const assignment = items.find((a) => a.type === "ASSIGNMENT");
    expect(assignment?.meta).toMatchObject({ from: null, to: seller2.id, toName: seller2.name });
    expect(items.every((a) => a.userId === seller.id)).toBe(true);
  });

  it("logs a task and ticks it done; a task without a due date is refused", async () => {
    const lead = await createLead(seller, leadCreateSchema.parse({ name: "Task Lead", email: "task@lead.test" }));
    expect(activityCreateSchema.safeParse({ type: "TASK", subject: "Call back" }).success).toBe(false);
    const task = await addActivity(
      seller,
      lead.id,
      activityCreateSchema.parse({ type: "TASK", subject: "Call back", dueAt: "2026-12-01T09:00:00Z" }),
    );
    await setTaskDone(seller, task.id, true);
    const stored = await db.cRMActivity.findUniqueOrThrow({ where: { id: task.id } });
    expect(stored.completedAt).not.toBeNull();
    expect((await db.cRMLead.findUniqueOrThrow({ where: { id: lead.id } })).lastActivityAt).not.toBeNull();
  });
});

describe("won and lost", () => {
  it("creates the customer account when none exists, then links it", async () => {
    const lead = await createLead(
      seller,
      leadCreateSchema.parse({ name: "Nina Won", email: "nina@won.test", company: "Won SA", valueCents: 99000 }),
    );
    const result = await markLeadWon(seller, lead.id, {});
    expect(result.accountCreated).toBe(true);
    expect(result.temporaryPassword).toMatch(/^[\w-]{12}$/);
    const account = await db.user.findUniqueOrThrow({ where: { email: "nina@won.test" } });
    expect(account).toMatchObject({ role: "CUSTOMER", name: "Nina Won", company: "Won SA" });
    const stored = await db.cRMLead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(stored).toMatchObject({ stage: "WON", customerId: account.id });
    expect(stored.wonAt).not.toBeNull();
    expect(await code(markLeadWon(seller, lead.id, {}))).toBe("CONFLICT");
  });

  it("links an existing customer with the lead's email instead of creating one", async () => {
    const lead = await createLead(seller, leadCreateSchema.parse({ name: "Existing", email: customer.email }));
    const result = await markLeadWon(seller, lead.id, {});
    expect(result).toMatchObject({ accountCreated: false, customerId: customer.id, temporaryPassword: null });
  });

  it("needs a reason to mark a lead lost, and keeps it", async () => {
    const lead = await createLead(seller, leadCreateSchema.parse({ name: "Lost One", email: "lost@one.test" }));
    expect(leadLostSchema.safeParse({ reason: "" }).success).toBe(false);
    await markLeadLost(seller, lead.id, leadLostSchema.parse({ reason: "Chose a competitor" }));
    const stored = await db.cRMLead.findUniqueOrThrow({ where: { id: lead.id } });
    expect(stored).toMatchObject({ stage: "LOST", lostReason: "Chose a competitor" });
  });
});

describe("bulk assign, duplicates and export", () => {
  it("assigns many leads at once and records each change", async () => {
    const { items } = await listLeads(seller, query({ q: "acme" }));
    const result = await bulkAssignLeads(seller, { ids: items.map((l) => l.id), assigneeId: seller2.id });
    expect(result.updated).toBe(2);
    const entries = await db.cRMActivity.count({ where: { leadId: { in: items.map((l) => l.id) }, type: "ASSIGNMENT" } });
    expect(entries).toBe(2);
    expect(await code(bulkAssignLeads(seller, { ids: [items[0].id], assigneeId: customer.id }))).toBe("VALIDATION");
  });

  it("finds leads with the same email or company", async () => {
    const similar = await findSimilarLeads(seller, { email: "ALICE@acme.test", company: "globex" });
    expect(similar.map((l) => l.name).sort()).toEqual(["Alice Martin", "Bruno Petit"]);
  });

  it("exports the filtered set as CSV", async () => {
    const text = await new Response(leadsCsvStream(seller, query({ source: "WEBSITE" }))).text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("name,email,company,phone,stage,source,value_eur,assignee,created_at,last_activity_at");
    expect(lines).toHaveLength(3);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(",")[0])
        .sort(),
    ).toEqual(["Alice Martin", "Chloé Roux"]);
    expect(lines.find((l) => l.startsWith("Alice"))).toContain(",100.00,");
  });
});
