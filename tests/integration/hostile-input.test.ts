import { beforeAll, describe, expect, it, vi } from "vitest";
import { fakeSession as session } from "./fake-session";

// Auth.js and next/headers need Next's runtime: the session and the request headers are whatever the test says.
vi.mock("@/lib/auth/index", () => import("./fake-session"));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import * as leadActivities from "@/app/api/crm/leads/[id]/activities/route";
import * as leadExport from "@/app/api/crm/leads/export/route";
import * as leads from "@/app/api/crm/leads/route";
import * as ticket from "@/app/api/crm/tickets/[id]/route";
import * as tickets from "@/app/api/crm/tickets/route";
import * as formEvents from "@/app/api/forms/events/route";
import * as plan from "@/app/api/hosting/plans/[id]/route";
import { db } from "@/lib/db";
import { createLeadAction } from "@/lib/crm/leads/actions";
import { callRouteAs as call, createUser, jsonInit as json, type TestUser as User } from "./helpers";

let admin: User;
let customer: User;

beforeAll(async () => {
  admin = await createUser("ADMIN");
  customer = await createUser("CUSTOMER");
});

describe("text PostgreSQL cannot store", () => {
  it("is refused with 422 and its field, in a body, a query or an action, and nothing is written", async () => {
    const before = await db.cRMTicket.count();
    const nul = await call(tickets.POST, customer, "/api/crm/tickets", json("POST", { subject: "a\u0000b", description: "Bonjour" }));
    expect(nul.status).toBe(422);
    expect((await nul.json()).error).toMatchObject({ code: "VALIDATION", fields: { subject: ["unstorableText"] } });
    expect(await db.cRMTicket.count()).toBe(before);

    // A lone UTF-16 half, as JSON can carry it (JSON.stringify would escape it: write the body by hand).
    const half = await call(
      plan.PUT,
      admin,
      "/api/hosting/plans/plan_x",
      {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: '{"name":"Pro","tagline":{"fr":"\\ud800","en":"ok"}}',
      },
      { id: "plan_x" },
    );
    expect(half.status).toBe(422);
    expect((await half.json()).error.fields).toEqual({ "tagline.fr": ["unstorableText"] });

    const query = await call(leads.GET, admin, "/api/crm/leads?q=%00");
    expect(query.status).toBe(422);
    expect((await query.json()).error.fields).toEqual({ q: ["unstorableText"] });

    const leadsBefore = await db.cRMLead.count();
    session.user = { id: admin.id, role: admin.role, name: admin.name, email: admin.email };
    const action = await createLeadAction({ name: "Nul\u0000", email: "nul@example.test" });
    session.user = null;
    expect(action?.serverError).toMatchObject({ code: "VALIDATION", fields: { name: ["unstorableText"] } });
    expect(await db.cRMLead.count()).toBe(leadsBefore);
  });

  it("in a path id answers 404: no record has such an id", async () => {
    const response = await call(plan.GET, null, "/api/hosting/plans/%00", {}, { id: "\u0000" });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
  });
});

describe("numbers and dates beyond their columns", () => {
  it("are refused with 422: an amount above a 32-bit integer, impossible or absurd dates, a bad export filter", async () => {
    const value = await call(
      leads.POST,
      admin,
      "/api/crm/leads",
      json("POST", { name: "Big", email: "big@example.test", valueCents: 2 ** 31 }),
    );
    expect(value.status).toBe(422);
    expect((await value.json()).error.fields).toEqual({ valueCents: ["tooLarge"] });

    const lead = await db.cRMLead.create({ data: { name: "Dates", email: "dates@example.test", position: 0 } });
    for (const dueAt of [-8640000000000000, "0000-01-01", "+275760-09-13T00:00:00Z"]) {
      const response = await call(
        leadActivities.POST,
        admin,
        `/api/crm/leads/${lead.id}/activities`,
        json("POST", { type: "TASK", subject: "Rappeler", dueAt }),
        { id: lead.id },
      );
      expect(response.status, String(dueAt)).toBe(422);
      expect((await response.json()).error.fields).toEqual({ dueAt: ["invalidDate"] });
    }
    expect(await db.cRMActivity.count({ where: { leadId: lead.id } })).toBe(0);

    const filter = await call(leads.GET, admin, "/api/crm/leads?createdFrom=9999-99-99");
    expect(filter.status).toBe(422);
    // The export refuses it before it starts streaming, with the same answer.
    const exported = await call(leadExport.GET, admin, "/api/crm/leads/export?createdFrom=2026-02-30");
    expect(exported.status).toBe(422);
    expect((await exported.json()).error.fields).toEqual({ createdFrom: ["invalidDate"] });
  });

  it("an empty assignee unassigns a ticket instead of breaking a foreign key", async () => {
    const created = await db.cRMTicket.create({
      data: { subject: "Accès", description: "Bonjour", customerId: customer.id, assigneeId: admin.id },
    });
    const response = await call(ticket.PUT, admin, `/api/crm/tickets/${created.id}`, json("PUT", { assigneeId: "" }), { id: created.id });
    expect(response.status).toBe(200);
    expect((await db.cRMTicket.findUniqueOrThrow({ where: { id: created.id } })).assigneeId).toBeNull();
  });
});

describe("bodies", () => {
  it("above the limit answer 413 without being read, whatever their length header says", async () => {
    const big = "x".repeat(1024 * 1024 + 1);
    const declared = await call(formEvents.POST, null, "/api/forms/events", json("POST", { events: [], padding: big }));
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.code).toBe("PAYLOAD_TOO_LARGE");

    // A streamed body with no length: counted as it comes, and cut off past the limit.
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
        if (sent > 50 * 1024 * 1024) controller.close();
      },
    });
    const streamed = await call(formEvents.POST, null, "/api/forms/events", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(2 * 1024 * 1024);
  });
});
