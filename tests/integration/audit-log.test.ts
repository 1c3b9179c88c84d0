import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./fake-session";

// Auth.js needs Next's runtime: the session is whatever the test says (route handlers read it).
vi.mock("@/lib/auth/index", () => import("./fake-session"));

import { NextRequest } from "next/server.js";
import * as listRoute from "@/app/api/audit/route";
import * as exportRoute from "@/app/api/audit/export/route";
import { auditCsvStream } from "@/lib/audit-log/csv-export";
import { auditDiff } from "@/lib/audit-log/diff";
import { listAuditEntries, type AuditPage } from "@/lib/audit-log/queries";
import { auditListQuery } from "@/lib/audit-log/schemas";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPlan } from "@/lib/hosting/plans/create-plan";
import { planInputSchema } from "@/lib/hosting/plans/schemas";
import { updatePlan } from "@/lib/hosting/plans/update-plan";
import { createUser, planInput, type TestUser as Someone } from "./helpers";

let admin: Someone;
let seller: Someone;
let support: Someone;
const actorOf = (user: Someone): Actor => ({ id: user.id, role: user.role });

/** Seven rows written in one millisecond (a bulk change), around rows before and after it. */
const burstAt = new Date("2026-03-10T10:00:00.000Z");
const ids = { lead: "lead_audit_1", otherLead: "lead_audit_2", ticket: "ticket_audit_1" };

async function row(data: {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  createdAt: Date;
  before?: object;
  after?: object;
}) {
  return db.auditLog.create({ data });
}

const list = (actor: Actor, input: Record<string, string | number>) => listAuditEntries(actor, auditListQuery.parse(input));

/** Every page from the newest, following `older`; then back, following `newer`. */
async function walk(actor: Actor, filters: Record<string, string>, pageSize: number) {
  const forward: AuditPage[] = [await list(actor, { ...filters, pageSize })];
  while (forward.at(-1)!.older) forward.push(await list(actor, { ...filters, pageSize, older: forward.at(-1)!.older! }));
  const backward: AuditPage[] = [forward.at(-1)!];
  while (backward.at(-1)!.newer) backward.push(await list(actor, { ...filters, pageSize, newer: backward.at(-1)!.newer! }));
  return { forward, backward };
}

async function get(handler: typeof listRoute.GET, url: string, user: Someone | null) {
  actAs(user);
  try {
    return await handler(new NextRequest(`http://localhost${url}`), { params: Promise.resolve({}) });
  } finally {
    actAs(null);
  }
}

beforeAll(async () => {
  admin = await createUser("ADMIN");
  seller = await createUser("SELLER");
  support = await createUser("SUPPORT");
  await row({
    actorId: seller.id,
    action: "lead.create",
    entity: "CRMLead",
    entityId: ids.lead,
    createdAt: new Date("2026-03-09T08:00:00.000Z"),
    after: { stage: "NEW", valueCents: 0 },
  });
  for (let i = 0; i < 7; i++) {
    await row({
      actorId: admin.id,
      action: "lead.bulkAssign",
      entity: "CRMLead",
      entityId: `lead_bulk_${i}`,
      createdAt: burstAt,
      before: { assigneeId: null },
      after: { assigneeId: seller.id },
    });
  }
  await row({
    actorId: seller.id,
    action: "lead.update",
    entity: "CRMLead",
    entityId: ids.lead,
    createdAt: new Date("2026-03-10T23:30:00.000Z"),
    before: { stage: "NEW", valueCents: 0, notes: "a" },
    after: { stage: "QUALIFIED", valueCents: 120000, notes: "a" },
  });
  await row({
    actorId: null,
    action: "ticket.slaBreach",
    entity: "CRMTicket",
    entityId: ids.ticket,
    createdAt: new Date("2026-03-11T09:00:00.000Z"),
    after: { kind: "firstResponse" },
  });
  await row({
    actorId: support.id,
    action: "ticket.update",
    entity: "CRMTicket",
    entityId: ids.ticket,
    createdAt: new Date("2026-03-12T09:00:00.000Z"),
    before: { status: "OPEN" },
    after: { status: "RESOLVED" },
  });
  await row({
    actorId: seller.id,
    action: "lead.delete",
    entity: "CRMLead",
    entityId: ids.otherLead,
    createdAt: new Date("2026-03-13T09:00:00.000Z"),
    before: { stage: "LOST" },
  });
});

describe("audit log filters", () => {
  it("lists everything newest first, ties in id order", async () => {
    const { items } = await list(actorOf(admin), { pageSize: 100, to: "2026-12-31" });
    const mine = items.filter((e) => e.createdAt < new Date("2026-04-01"));
    expect(mine).toHaveLength(12);
    for (let i = 1; i < mine.length; i++) {
      const [a, b] = [mine[i - 1], mine[i]];
      expect(a.createdAt > b.createdAt || (a.createdAt.getTime() === b.createdAt.getTime() && a.id > b.id)).toBe(true);
    }
    expect(mine[0]).toMatchObject({ action: "lead.delete", actor: { id: seller.id, name: seller.name } });
  });

  it("filters by actor, by no actor, by record, by type and by action", async () => {
    const actions = async (input: Record<string, string>) =>
      (await list(actorOf(admin), { ...input, from: "2026-03-01", to: "2026-03-31" })).items.map((e) => e.action);
    expect(await actions({ actor: seller.id })).toEqual(["lead.delete", "lead.update", "lead.create"]);
    expect(await actions({ actor: "system" })).toEqual(["ticket.slaBreach"]);
    expect(await actions({ entity: "CRMLead", entityId: ids.lead })).toEqual(["lead.update", "lead.create"]);
    expect(await actions({ entityId: ids.ticket })).toEqual(["ticket.update", "ticket.slaBreach"]);
    expect(await actions({ entity: "CRMTicket" })).toEqual(["ticket.update", "ticket.slaBreach"]);
    expect(await actions({ action: "lead.bulkAssign" })).toHaveLength(7);
    expect(await actions({ actor: seller.id, entity: "CRMLead", action: "lead.update" })).toEqual(["lead.update"]);
    expect(await actions({ entity: "HostingPlan" })).toEqual([]);
  });

  it("takes the period in days of the reader's time zone", async () => {
    const day = async (input: Record<string, string>) => (await list(actorOf(admin), input)).items.map((e) => e.action);
    // 23:30 UTC on 10 March is already 11 March in Paris.
    expect(await day({ from: "2026-03-10", to: "2026-03-10", tz: "UTC", actor: seller.id })).toEqual(["lead.update"]);
    expect(await day({ from: "2026-03-10", to: "2026-03-10", tz: "Europe/Paris", actor: seller.id })).toEqual([]);
    expect(await day({ from: "2026-03-11", to: "2026-03-11", tz: "Europe/Paris", actor: seller.id })).toEqual(["lead.update"]);
    expect(await day({ from: "2026-03-12", tz: "UTC", to: "2026-03-31" })).toEqual(["lead.delete", "ticket.update"]);
  });
});

describe("keyset pages", () => {
  for (const pageSize of [1, 2, 3, 4, 7]) {
    it(`walks ${pageSize} at a time with no gap and no repeat, also through rows of the same millisecond`, async () => {
      const filters = { from: "2026-03-01", to: "2026-03-31", tz: "UTC" };
      const all = (await list(actorOf(admin), { ...filters, pageSize: 100 })).items.map((e) => e.id);
      expect(all).toHaveLength(12);
      const { forward, backward } = await walk(actorOf(admin), filters, pageSize);
      expect(forward.flatMap((p) => p.items.map((e) => e.id))).toEqual(all);
      expect(forward[0].newer).toBeNull();
      expect(forward.every((p) => p.items.length <= pageSize)).toBe(true);
      // Going back, each page is the one that was met going forward, and the first one ends it.
      expect(backward.at(-1)!.items.map((e) => e.id)).toEqual(all.slice(0, pageSize));
      expect(backward.at(-1)!.newer).toBeNull();
      const seenBack = backward.flatMap((p) => p.items.map((e) => e.id));
      expect(new Set(seenBack)).toEqual(new Set(all));
    });
  }

  it("pages within one millisecond by id", async () => {
    const { forward } = await walk(actorOf(admin), { action: "lead.bulkAssign" }, 3);
    const walked = forward.flatMap((p) => p.items.map((e) => e.entityId));
    expect(walked).toHaveLength(7);
    expect(new Set(walked).size).toBe(7);
    expect(forward.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(forward.at(-1)!.older).toBeNull();
  });
});

describe("what changed", () => {
  it("shows a plan's price change as its old and new value, with the actor", async () => {
    const input = planInputSchema.parse(
      planInput({
        name: "Audit plan",
        slug: "audit-plan",
        tagline: { fr: "Pour l'audit", en: "For the audit" },
        features: [{ fr: "1 site", en: "1 site" }],
      }),
    );
    const plan = await createPlan(actorOf(admin), input);
    await updatePlan(actorOf(admin), plan.id, { ...input, monthlyPriceCents: 1499 });
    const { items } = await list(actorOf(admin), { entity: "HostingPlan", entityId: plan.id });
    expect(items.map((e) => e.action)).toEqual(["plan.update", "plan.create"]);
    expect(items[0].actor).toMatchObject({ id: admin.id, name: admin.name });
    const changes = auditDiff(items[0].before, items[0].after);
    expect(changes).toContainEqual({ path: "monthlyPriceCents", kind: "changed", before: 999, after: 1499 });
    expect(changes.map((c) => c.path)).not.toContain("name");
  });
});

describe("CSV export", () => {
  it("streams the filtered rows, newest first, with the changed fields", async () => {
    const text = await new Response(auditCsvStream(actorOf(admin), { entityId: ids.lead })).text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean);
    expect(lines[0]).toBe("created_at,actor_name,actor_email,action,entity,entity_id,changes,before,after");
    expect(text).toContain("lead.update");
    expect(text).toContain('stage: ""NEW"" → ""QUALIFIED""');
    expect(text).toContain("valueCents: 0 → 120000");
    expect(text).not.toContain("notes:");
    expect(text.indexOf("lead.update")).toBeLessThan(text.indexOf("lead.create"));
    expect(text).not.toContain("lead.delete");
  });

  it("answers over HTTP as a CSV download", async () => {
    const response = await get(exportRoute.GET, "/api/audit/export?entity=CRMTicket", admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = await response.text();
    expect(body).toContain("ticket.update");
    expect(body).toContain("ticket.slaBreach");
  });

  it("exports in batches past one read", async () => {
    await db.auditLog.createMany({
      data: Array.from({ length: 1205 }, (_, i) => ({
        actorId: null,
        action: "notification.read",
        entity: "Notification",
        entityId: `n_${i}`,
        createdAt: new Date(Date.UTC(2025, 0, 1, 0, 0, Math.floor(i / 3))),
      })),
    });
    const text = await new Response(auditCsvStream(actorOf(admin), { entity: "Notification" })).text();
    const ids = [...text.matchAll(/,n_(\d+),/g)].map((m) => m[1]);
    expect(ids).toHaveLength(1205);
    expect(new Set(ids).size).toBe(1205);
  });
});

describe("who may read it", () => {
  it("refuses every role but admins, in the service and over HTTP", async () => {
    for (const user of [seller, support, await createUser("CUSTOMER")]) {
      const error = await list(actorOf(user), {}).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("FORBIDDEN");
      expect(() => auditCsvStream(actorOf(user), {})).toThrow(AppError);
      expect((await get(listRoute.GET, "/api/audit", user)).status).toBe(403);
      expect((await get(exportRoute.GET, "/api/audit/export", user)).status).toBe(403);
    }
    expect((await get(listRoute.GET, "/api/audit", null)).status).toBe(401);
  });

  it("answers an admin with the page and its cursors", async () => {
    const response = await get(listRoute.GET, `/api/audit?entityId=${ids.lead}&pageSize=1`, admin);
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: Array<{ action: string }>; newer: string | null; older: string | null };
    expect(page.items.map((e) => e.action)).toEqual(["lead.update"]);
    expect(page.newer).toBeNull();
    const next = await get(listRoute.GET, `/api/audit?entityId=${ids.lead}&pageSize=1&older=${page.older}`, admin);
    expect(((await next.json()) as typeof page).items.map((e) => e.action)).toEqual(["lead.create"]);
  });
});

describe("bad filters", () => {
  const bad = [
    ["entity=Invoice", "entity"],
    ["action=lead.explode", "action"],
    ["entity=CRMTicket&action=lead.update", "action"],
    ["from=2026-02-30", "from"],
    ["from=2026-03-02&to=2026-03-01", "to"],
    ["entityId=%27%3B%20drop", "entityId"],
    ["tz=Nowhere%2FLand", "tz"],
  ] as const;
  for (const [query, field] of bad) {
    it(`answers 422 naming ${field} for ${query}, before any CSV is streamed`, async () => {
      for (const handler of [listRoute.GET, exportRoute.GET]) {
        const path = handler === listRoute.GET ? "/api/audit" : "/api/audit/export";
        const response = await get(handler, `${path}?${query}`, admin);
        expect(response.status).toBe(422);
        expect(response.headers.get("content-type")).toContain("application/json");
        const body = (await response.json()) as { error: { code: string; fields: Record<string, string[]> } };
        expect(body.error.code).toBe("VALIDATION");
        expect(Object.keys(body.error.fields)).toContain(field);
      }
    });
  }

  it("answers 422 for a cursor that is no cursor, and for two of them", async () => {
    expect((await get(listRoute.GET, "/api/audit?older=yesterday", admin)).status).toBe(422);
    expect((await get(listRoute.GET, "/api/audit?older=1.a&newer=2.b", admin)).status).toBe(422);
    expect((await get(listRoute.GET, "/api/audit?pageSize=5000", admin)).status).toBe(422);
  });
});
