import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeSession as session } from "./fake-session";

// Auth.js needs Next's runtime: the session is whatever the test says (route handlers read it).
vi.mock("@/lib/auth/index", () => import("./fake-session"));

// The realtime transport is another module's; here every publish is recorded, with whether the
// row it announces could already be read from outside the write's transaction (after commit).
type Published = { channel: string; event: string; data: Record<string, unknown>; committed: boolean | null };
const published = vi.hoisted(() => [] as Published[]);
vi.mock("@/lib/realtime/publish", () => {
  const record = async (channel: string, event: string, data: Record<string, unknown>) => {
    const { db } = await import("@/lib/db");
    let committed: boolean | null = null;
    if (event === "notification" && typeof data.id === "string")
      committed = (await db.notification.count({ where: { id: data.id } })) === 1;
    if (event.startsWith("lead.") && typeof data.id === "string" && data.change !== "deleted")
      committed = (await db.cRMLead.count({ where: { id: data.id } })) === 1;
    published.push({ channel, event, data, committed });
  };
  return {
    publish: vi.fn(record),
    publishMany: vi.fn(async (events: Array<{ channel: string; event: string; data: Record<string, unknown> }>) => {
      for (const e of events) await record(e.channel, e.event, e.data);
    }),
  };
});

import { NextRequest } from "next/server.js";
import * as listRoute from "@/app/api/notifications/route";
import * as readRoute from "@/app/api/notifications/read/route";
import type { Role } from "@/lib/auth/roles";
import { markLeadLost } from "@/lib/crm/leads/mark-lead-lost";
import { markLeadWon } from "@/lib/crm/leads/mark-lead-won";
import { moveLead } from "@/lib/crm/leads/move-lead";
import { leadCreateSchema } from "@/lib/crm/leads/schemas";
import { bulkAssignLeads } from "@/lib/crm/leads/bulk-assign-leads";
import { createLead } from "@/lib/crm/leads/create-lead";
import { deleteLead } from "@/lib/crm/leads/delete-lead";
import { updateLead } from "@/lib/crm/leads/update-lead";
import { db } from "@/lib/db";
import { changeRequestStatus } from "@/lib/hosting/requests/change-request-status";
import { submitHostingRequest } from "@/lib/hosting/requests/submit-request";
import { publishMany } from "@/lib/realtime/publish";
import { channels } from "@/lib/realtime/channels";
import { markAllRead, markRead } from "@/lib/notifications/mark-read";
import { notify } from "@/lib/notifications/notify";
import { pageNotifications } from "@/lib/notifications/queries";
import { seed } from "@/prisma/seed/index";
import { createUser, hostingRequestInput } from "./helpers";

type User = Awaited<ReturnType<typeof createUser>>;

const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const eventsOn = (channel: string, event?: string) => published.filter((p) => p.channel === channel && (!event || p.event === event));

/** Notifications written directly, `minutesAgo` apart, for the list and read tests. */
async function give(user: User, count: number, { read = 0, type = "SYSTEM" as const } = {}) {
  const base = Date.now() - 60 * 60_000;
  const rows = Array.from({ length: count }, (_, i) => ({
    userId: user.id,
    type,
    title: `${user.name} · ${i + 1}`,
    createdAt: new Date(base + i * 60_000),
    readAt: i < read ? new Date() : null,
  }));
  await db.notification.createMany({ data: rows });
  return db.notification.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
}

let admin: User, seller: User, seller2: User;

beforeAll(async () => {
  await seed(db);
  [admin, seller, seller2] = await Promise.all([createUser("ADMIN"), createUser("SELLER"), createUser("SELLER")]);
});

beforeEach(() => {
  published.length = 0;
});

describe("hosting request submission", () => {
  it("notifies every active seller of a new lead, and nobody else; then publishes after commit", async () => {
    const disabled = await createUser("SELLER", { disabled: true });
    const support = await createUser("SUPPORT");
    const customer = await createUser("CUSTOMER");
    const { id, reference } = await submitHostingRequest(customer, hostingRequestInput());

    const rows = await db.notification.findMany({ where: { link: `/hosting/requests/${id}` } });
    const active = await db.user.findMany({ where: { role: "SELLER", disabled: false }, select: { id: true } });
    expect(active.length).toBeGreaterThanOrEqual(3);
    expect(rows.map((r) => r.userId).sort()).toEqual(active.map((u) => u.id).sort());
    expect(rows.map((r) => r.userId)).not.toContain(disabled.id);
    expect(rows.map((r) => r.userId)).not.toContain(support.id);
    expect(rows.every((r) => r.type === "LEAD_CREATED" && r.title.startsWith(`${reference} · `) && r.readAt === null)).toBe(true);

    const pushed = published.filter((p) => p.event === "notification");
    expect(pushed.map((p) => p.channel).sort()).toEqual(active.map((u) => channels.user(u.id)).sort());
    expect(pushed.every((p) => p.committed)).toBe(true);
    const lead = await db.cRMLead.findFirstOrThrow({ where: { email: customer.email } });
    expect(eventsOn(channels.pipeline)).toEqual([
      expect.objectContaining({
        event: "lead.created",
        committed: true,
        data: expect.objectContaining({ id: lead.id, stage: "NEW", requestId: id }),
      }),
    ]);
    expect(eventsOn(channels.user(customer.id), "request.updated")).toHaveLength(1);
  });

  it("tells only the owner when the customer's open lead has one, and publishes lead.updated", async () => {
    const customer = await createUser("CUSTOMER");
    await submitHostingRequest(customer, hostingRequestInput());
    const lead = await db.cRMLead.findFirstOrThrow({ where: { email: customer.email } });
    await updateLead(admin, lead.id, { assigneeId: seller2.id });
    published.length = 0;

    const { id } = await submitHostingRequest(customer, hostingRequestInput());
    const rows = await db.notification.findMany({ where: { link: `/hosting/requests/${id}` } });
    expect(rows.map((r) => r.userId)).toEqual([seller2.id]);
    expect(eventsOn(channels.pipeline).map((p) => [p.event, p.data.id, p.data.change])).toEqual([["lead.updated", lead.id, "request"]]);
  });

  it("tells every active seller when the lead's owner is disabled, and pushes the rows as stored", async () => {
    const customer = await createUser("CUSTOMER");
    const owner = await createUser("SELLER");
    await submitHostingRequest(customer, hostingRequestInput());
    const lead = await db.cRMLead.findFirstOrThrow({ where: { email: customer.email } });
    await updateLead(admin, lead.id, { assigneeId: owner.id });
    await db.user.update({ where: { id: owner.id }, data: { disabled: true } });
    published.length = 0;

    const { id } = await submitHostingRequest(customer, hostingRequestInput());
    const rows = await db.notification.findMany({ where: { link: `/hosting/requests/${id}` } });
    const active = await db.user.findMany({ where: { role: "SELLER", disabled: false }, select: { id: true } });
    expect(rows.map((r) => r.userId).sort()).toEqual(active.map((u) => u.id).sort());
    const pushed = published.filter((p) => p.event === "notification").map((p) => p.data);
    expect(pushed).toHaveLength(rows.length);
    for (const row of rows) {
      expect(pushed).toContainEqual(
        expect.objectContaining({ id: row.id, title: row.title, link: row.link, createdAt: row.createdAt.toISOString() }),
      );
    }
  });

  it("writes nothing and publishes nothing for a retried submission", async () => {
    const customer = await createUser("CUSTOMER");
    const input = hostingRequestInput();
    await submitHostingRequest(customer, input);
    const before = await db.notification.count();
    published.length = 0;
    await expect(submitHostingRequest(customer, input)).resolves.toMatchObject({ duplicate: true });
    expect(await db.notification.count()).toBe(before);
    expect(published).toEqual([]);
  });
});

describe("request status changes", () => {
  it("notify the customer of a change made by staff, with the new status, and publish request.updated", async () => {
    const customer = await createUser("CUSTOMER");
    const { id, reference } = await submitHostingRequest(customer, hostingRequestInput());
    published.length = 0;
    await changeRequestStatus(seller, id, { status: "IN_REVIEW" });

    const rows = await notificationsOf(customer.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      type: "REQUEST_STATUS",
      title: `${reference} · Pro`,
      body: "IN_REVIEW",
      link: `/hosting/requests/${id}`,
    });
    expect(
      eventsOn(channels.user(customer.id))
        .map((p) => `${p.event}:${p.data.status ?? p.data.type}`)
        .sort(),
    ).toEqual(["notification:REQUEST_STATUS", "request.updated:IN_REVIEW"]);
    expect(eventsOn(channels.pipeline, "request.updated")).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ id, status: "IN_REVIEW", reference }) }),
    ]);
  });

  it("do not notify the customer of their own cancellation, but still publish it to their pages", async () => {
    const customer = await createUser("CUSTOMER");
    const { id } = await submitHostingRequest(customer, hostingRequestInput());
    published.length = 0;
    await changeRequestStatus(customer, id, { status: "CANCELLED" });
    expect(await notificationsOf(customer.id)).toEqual([]);
    expect(eventsOn(channels.user(customer.id)).map((p) => p.event)).toEqual(["request.updated"]);
  });

  it("publish nothing when the change is refused", async () => {
    const customer = await createUser("CUSTOMER");
    const { id } = await submitHostingRequest(customer, hostingRequestInput());
    published.length = 0;
    await expect(changeRequestStatus(seller, id, { status: "ACTIVE" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(published).toEqual([]);
    expect(await notificationsOf(customer.id)).toEqual([]);
  });
});

describe("lead assignment", () => {
  const newLead = (name: string, assigneeId: string | null = null) =>
    createLead(
      admin,
      leadCreateSchema.parse({ name, email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.test`, company: `${name} SA`, assigneeId }),
    );

  it("notifies the new owner, not an assignment to oneself", async () => {
    const lead = await newLead("Assigned Once");
    await updateLead(seller, lead.id, { assigneeId: seller2.id });
    const rows = (await notificationsOf(seller2.id)).filter((n) => n.link === `/crm/leads/${lead.id}`);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ type: "LEAD_ASSIGNED", title: "Assigned Once · Assigned Once SA", link: `/crm/leads/${lead.id}` });

    const before = await db.notification.count({ where: { type: "LEAD_ASSIGNED" } });
    const mine = await newLead("Self Taken");
    await updateLead(seller, mine.id, { assigneeId: seller.id });
    // Re-saving the same owner, or an edit that leaves the owner alone, is no new assignment either.
    await updateLead(seller, lead.id, { assigneeId: seller2.id, valueCents: 1200 });
    await updateLead(seller, lead.id, { notes: "Called back" });
    expect(await db.notification.count({ where: { type: "LEAD_ASSIGNED" } })).toBe(before);
  });

  it("notifies the owner a lead is created for, unless they created it", async () => {
    const lead = await newLead("Created For Seller", seller.id);
    expect((await notificationsOf(seller.id)).filter((n) => n.link === `/crm/leads/${lead.id}`)).toHaveLength(1);
    const before = await db.notification.count();
    await createLead(seller, leadCreateSchema.parse({ name: "Own Lead", email: "own.lead@example.test", assigneeId: seller.id }));
    expect(await db.notification.count()).toBe(before);
  });

  it("sends one notification for a bulk assignment, none when it is to oneself, and one pipeline event", async () => {
    const owner = await createUser("SELLER");
    const leads = await Promise.all(["Bulk A", "Bulk B", "Bulk C", "Bulk D"].map((name) => newLead(name)));
    published.length = 0;
    await bulkAssignLeads(seller, { ids: leads.map((l) => l.id), assigneeId: owner.id });
    const rows = await notificationsOf(owner.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: "LEAD_ASSIGNED", link: "/crm/leads?mine=1" });
    expect(rows[0].title).toMatch(/^Bulk [A-D] SA, Bulk [A-D] SA, Bulk [A-D] SA \+1$/);
    expect(eventsOn(channels.pipeline)).toEqual([
      expect.objectContaining({
        event: "lead.updated",
        data: expect.objectContaining({ count: 4, assigneeId: owner.id, change: "assigned" }),
      }),
    ]);
    expect((eventsOn(channels.pipeline)[0].data.ids as string[]).sort()).toEqual(leads.map((l) => l.id).sort());

    await bulkAssignLeads(owner, { ids: leads.map((l) => l.id), assigneeId: owner.id });
    const before = await db.notification.count();
    await bulkAssignLeads(owner, { ids: [leads[0].id], assigneeId: null });
    await bulkAssignLeads(owner, { ids: [leads[0].id], assigneeId: owner.id });
    expect(await db.notification.count()).toBe(before);
  });
});

describe("pipeline events", () => {
  it("are published after commit for edits, moves, won, lost and deletions", async () => {
    const lead = await createLead(admin, leadCreateSchema.parse({ name: "Event Lead", email: "event.lead@example.test" }));
    const other = await createLead(admin, leadCreateSchema.parse({ name: "Lost Lead", email: "lost.lead@example.test" }));
    published.length = 0;
    await updateLead(seller, lead.id, { valueCents: 9900 });
    await moveLead(seller, lead.id, { stage: "QUALIFIED" });
    await markLeadWon(seller, lead.id, {});
    await markLeadLost(seller, other.id, { reason: "Budget gone" });
    await deleteLead(admin, other.id);
    expect(eventsOn(channels.pipeline).map((p) => [p.event, p.data.id, p.data.change, p.data.stage])).toEqual([
      ["lead.updated", lead.id, "edited", "NEW"],
      ["lead.updated", lead.id, "moved", "QUALIFIED"],
      ["lead.updated", lead.id, "won", "WON"],
      ["lead.updated", other.id, "lost", "LOST"],
      ["lead.updated", other.id, "deleted", "LOST"],
    ]);
    expect(published.filter((p) => p.data.change !== "deleted").every((p) => p.committed)).toBe(true);
  });

  it("are not published for a refused write, and a failed publish does not fail the write", async () => {
    const lead = await createLead(admin, leadCreateSchema.parse({ name: "Refused Lead", email: "refused.lead@example.test" }));
    published.length = 0;
    await expect(updateLead(seller, lead.id, { assigneeId: "nobody" })).rejects.toMatchObject({ code: "VALIDATION" });
    expect(published).toEqual([]);

    vi.mocked(publishMany).mockRejectedValueOnce(new Error("transport down"));
    await expect(updateLead(seller, lead.id, { valueCents: 4200 })).resolves.toMatchObject({ valueCents: 4200 });
    expect((await db.cRMLead.findUniqueOrThrow({ where: { id: lead.id } })).valueCents).toBe(4200);
  });
});

describe("pageNotifications and markRead", () => {
  it("list only the actor's own notifications, newest first, all or unread, paginated with totals", async () => {
    const [alice, bob] = await Promise.all([createUser("CUSTOMER"), createUser("SUPPORT")]);
    const mine = await give(alice, 5, { read: 2 });
    await give(bob, 3);

    const first = await pageNotifications(alice, { unread: false, page: 1, pageSize: 2 });
    expect(first).toMatchObject({ total: 5, unread: 3, page: 1, pageSize: 2 });
    expect(first.items.map((n) => n.id)).toEqual(mine.slice(0, 2).map((n) => n.id));
    const last = await pageNotifications(alice, { unread: false, page: 3, pageSize: 2 });
    expect(last.items.map((n) => n.id)).toEqual([mine[4].id]);
    const unread = await pageNotifications(alice, { unread: true, page: 1, pageSize: 20 });
    expect(unread).toMatchObject({ total: 3, unread: 3 });
    expect(unread.items.every((n) => n.readAt === null)).toBe(true);
    expect(typeof unread.items[0].createdAt).toBe("string");
    const all = await pageNotifications(alice, { unread: false, page: 1, pageSize: 50 });
    expect(all.items.map((n) => n.title).every((title) => title.startsWith(alice.name))).toBe(true);
  });

  it("mark only the actor's own rows: another user's ids change nothing", async () => {
    const [alice, bob] = await Promise.all([createUser("CUSTOMER"), createUser("SELLER")]);
    const [aliceRows, bobRows] = [await give(alice, 3), await give(bob, 2)];
    published.length = 0;

    expect(await markRead(alice, { ids: bobRows.map((n) => n.id) })).toEqual({ count: 0, unread: 3 });
    expect(await db.notification.count({ where: { userId: bob.id, readAt: null } })).toBe(2);
    expect(published).toEqual([]);

    expect(await markRead(alice, { ids: [aliceRows[0].id, bobRows[0].id] })).toEqual({ count: 1, unread: 2 });
    expect(await db.notification.count({ where: { userId: bob.id, readAt: null } })).toBe(2);
    expect(eventsOn(channels.user(alice.id))).toEqual([
      expect.objectContaining({ event: "notification", data: { read: [aliceRows[0].id], unread: 2 } }),
    ]);
    expect(await db.auditLog.count({ where: { action: "notification.read", actorId: alice.id } })).toBe(1);

    expect(await markAllRead(alice)).toBe(2);
    expect(await db.notification.count({ where: { userId: alice.id, readAt: null } })).toBe(0);
    expect(await db.notification.count({ where: { userId: bob.id, readAt: null } })).toBe(2);
    // Marking again changes nothing and tells nobody.
    published.length = 0;
    expect(await markRead(alice, { all: true })).toEqual({ count: 0, unread: 0 });
    expect(published).toEqual([]);
  });

  it("notify() writes inside the caller's transaction: a rolled back write leaves no notification", async () => {
    const carol = await createUser("CUSTOMER");
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, [carol.id, carol.id], { type: "SYSTEM", title: "Rolled back" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await notificationsOf(carol.id)).toEqual([]);
    const written = await db.$transaction((tx) => notify(tx, [carol.id, carol.id], { type: "SYSTEM", title: "Kept" }));
    expect(written).toHaveLength(1);
  });
});

describe("REST API", () => {
  const signIn = (actor: { id: string; role: Role; name?: string; email?: string } | null) => {
    session.user = actor ? { id: actor.id, role: actor.role, name: actor.name ?? "", email: actor.email ?? "" } : null;
  };
  const get = async (search = "") => {
    const response = await listRoute.GET(new NextRequest(`http://localhost/api/notifications${search}`), { params: Promise.resolve({}) });
    return { status: response.status, body: await response.json() };
  };
  const post = async (body: string | undefined) => {
    const request = new NextRequest("http://localhost/api/notifications/read", {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
    });
    const response = await readRoute.POST(request, { params: Promise.resolve({}) });
    return { status: response.status, body: await response.json() };
  };

  it("answers 401 in the error shape when signed out", async () => {
    signIn(null);
    expect(await get()).toEqual({ status: 401, body: { error: { code: "UNAUTHORIZED", message: expect.any(String) } } });
    expect((await post(JSON.stringify({ all: true }))).status).toBe(401);
  });

  it("lists the caller's notifications and marks them read", async () => {
    const dana = await createUser("SUPPORT");
    const rows = await give(dana, 4, { read: 1 });
    signIn(dana);
    const listed = await get("?unread=1&pageSize=2");
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ total: 3, unread: 3, page: 1, pageSize: 2 });
    expect(listed.body.items).toHaveLength(2);

    expect(await post(JSON.stringify({ ids: [rows[0].id] }))).toEqual({ status: 200, body: { count: 1, unread: 2 } });
    expect(await post(JSON.stringify({ all: true }))).toEqual({ status: 200, body: { count: 2, unread: 0 } });
    expect((await get("?unread=1")).body.total).toBe(0);
  });

  it("refuses a bad query or body with 422 and its fields, malformed JSON with 400", async () => {
    const erin = await createUser("CUSTOMER");
    signIn(erin);
    expect(await get("?page=0&pageSize=500")).toEqual({
      status: 422,
      body: {
        error: { code: "VALIDATION", message: "Invalid query.", fields: { page: [expect.any(String)], pageSize: [expect.any(String)] } },
      },
    });
    expect(await post(JSON.stringify({}))).toEqual({
      status: 422,
      body: { error: { code: "VALIDATION", message: "Invalid body.", fields: { ids: ["idsOrAll"] } } },
    });
    expect(await post(JSON.stringify({ ids: [] }))).toMatchObject({ status: 422, body: { error: { fields: { ids: ["required"] } } } });
    expect(await post(JSON.stringify({ ids: ["a"], all: true }))).toMatchObject({ status: 422 });
    expect(await post(JSON.stringify({ all: "yes" }))).toMatchObject({ status: 422, body: { error: { fields: { all: ["invalid"] } } } });
    expect(await post(undefined)).toMatchObject({ status: 422, body: { error: { code: "VALIDATION" } } });
    expect(await post("{not json")).toEqual({ status: 400, body: { error: { code: "BAD_REQUEST", message: expect.any(String) } } });
  });
});
