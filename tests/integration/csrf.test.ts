import { beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/index", () => import("./fake-session"));

import { NextRequest } from "next/server.js";
import * as tickets from "@/app/api/crm/tickets/route";
import * as formEvents from "@/app/api/forms/events/route";
import { db } from "@/lib/db";
import { fakeSession } from "./fake-session";
import { createUser } from "./helpers";

const site = "https://hosting.example";
const ticket = JSON.stringify({ subject: "Mon site est lent", description: "Depuis ce matin, les pages mettent dix secondes." });

function postTicket(headers: Record<string, string>) {
  const request = new NextRequest(`${site}/api/crm/tickets`, {
    method: "POST",
    headers: { host: "hosting.example", ...headers },
    body: ticket,
  });
  return tickets.POST(request, { params: Promise.resolve({}) });
}

beforeAll(async () => {
  const customer = await createUser("CUSTOMER");
  fakeSession.user = { id: customer.id, role: customer.role, name: customer.name, email: customer.email };
});

describe("a state-changing call carried by the session cookie", () => {
  it("is refused (403) from another origin, an opaque one, a foreign page, or as a simple form's text, and nothing is written", async () => {
    const before = await db.cRMTicket.count();
    const json = { "content-type": "application/json" };
    const attempts = [
      { ...json, origin: "http://evil.example" },
      { ...json, origin: "null" },
      { ...json, origin: "https://hosting.example.evil.example" },
      { ...json, referer: "https://evil.example/page" },
      { "content-type": "text/plain", origin: site },
      { "content-type": "text/plain" },
      { "content-type": "application/x-www-form-urlencoded", referer: `${site}/hosting` },
    ];
    for (const headers of attempts) {
      const response = await postTicket(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect((await response.json()).error.code).toBe("FORBIDDEN");
    }
    expect(await db.cRMTicket.count()).toBe(before);
  });

  it("is accepted from the app's own pages, by Origin or else Referer, and from a client that is no browser page", async () => {
    const json = { "content-type": "application/json; charset=utf-8" };
    for (const headers of [{ ...json, origin: site }, { ...json, referer: `${site}/hosting/tickets` }, json]) {
      expect((await postTicket(headers)).status, JSON.stringify(headers)).toBe(201);
    }
  });

  it("is not asked of an anonymous caller, who carries no session to abuse", async () => {
    fakeSession.user = null;
    const request = new NextRequest(`${site}/api/forms/events`, {
      method: "POST",
      headers: { host: "hosting.example", origin: "http://elsewhere.example", "content-type": "application/json" },
      body: "{}",
    });
    expect((await formEvents.POST(request, { params: Promise.resolve({}) })).status).toBe(422);
  });
});
