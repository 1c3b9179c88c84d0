import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Auth.js and next/headers need Next's runtime: the session and the request headers are whatever the test says.
vi.mock("@/lib/auth/index", () => import("./fake-session"));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import * as feed from "@/app/api/status/feed.atom/route";
import * as status from "@/app/api/status/route";
import * as incident from "@/app/api/livepulse/incidents/[id]/route";
import * as updates from "@/app/api/livepulse/incidents/[id]/updates/route";
import * as incidents from "@/app/api/livepulse/incidents/route";
import * as publication from "@/app/api/livepulse/monitors/[id]/publication/route";
import { db } from "@/lib/db";
import { submitHostingRequest } from "@/lib/hosting/requests/submit-request";
import { authorizeChannel } from "@/lib/realtime/authorize";
import { channels } from "@/lib/realtime/channels";
import { incidentsAffecting } from "@/lib/status-page/affected";
import { readStatusSnapshot } from "@/lib/status-page/snapshot";
import { plans } from "@/prisma/seed/plans";
import { callRouteAs as call, createUser, hostingRequestInput, jsonInit as json, type TestUser as User } from "./helpers";

const DAY = 86_400_000;
let admin: User;
let support: User;
let seller: User;

async function check(name: string) {
  return db.serviceCheck.create({ data: { name, kind: "HTTP", target: `https://${name}.example.test`, lastStatus: "UP" } });
}

async function publish(checkId: string, names: { fr: string; en: string }, planIds: string[] = [], published = true) {
  const response = await call(
    publication.PATCH,
    admin,
    `/api/livepulse/monitors/${checkId}/publication`,
    json("PATCH", { published, nameFr: names.fr, nameEn: names.en, planIds }),
    { id: checkId },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as { id: string };
}

async function declare(user: User | null, body: Record<string, unknown>) {
  return call(incidents.POST, user, "/api/livepulse/incidents", json("POST", body));
}

beforeAll(async () => {
  [admin, support, seller] = await Promise.all([createUser("ADMIN"), createUser("SUPPORT"), createUser("SELLER")]);
});

describe("the status page's days", () => {
  it("counts each UTC day's checks: one down out of four is 75 %, a day without checks has no data", async () => {
    const web = await check("web-uptime");
    const service = await publish(web.id, { fr: "Sites web", en: "Websites" });
    const now = new Date("2026-11-20T12:00:00Z");
    const day = (offset: number, hour: number) => new Date(Date.UTC(2026, 10, 20 - offset, hour));
    await db.serviceCheckResult.createMany({
      data: [
        { checkId: web.id, status: "UP", checkedAt: day(1, 1) },
        { checkId: web.id, status: "UP", checkedAt: day(1, 7) },
        { checkId: web.id, status: "DEGRADED", checkedAt: day(1, 13) },
        { checkId: web.id, status: "DOWN", checkedAt: day(1, 23) },
        { checkId: web.id, status: "UNKNOWN", checkedAt: day(1, 23) },
        { checkId: web.id, status: "UP", checkedAt: day(3, 0) },
        // Before the 90 days: not counted.
        { checkId: web.id, status: "DOWN", checkedAt: new Date(now.getTime() - 95 * DAY) },
      ],
    });
    const snapshot = await readStatusSnapshot(now);
    const row = snapshot.services.find((s) => s.id === service.id)!;
    expect(row.days).toHaveLength(90);
    expect(row.days.at(-1)!.date).toBe("2026-11-20");
    const byDate = new Map(row.days.map((d) => [d.date, d]));
    expect(byDate.get("2026-11-19")).toMatchObject({ uptime: 75, checks: 4, down: 1 });
    expect(byDate.get("2026-11-18")).toMatchObject({ uptime: null, checks: 0 });
    expect(byDate.get("2026-11-17")).toMatchObject({ uptime: 100, checks: 1 });
    expect(row.uptime).toBe(80);
    expect(row.state).toBe("operational");
  });
});

describe("GET /api/status", () => {
  it("shows published services to anyone, and never a private one", async () => {
    const internal = await check("internal-only");
    const hidden = await check("hidden-again");
    const shown = await check("api-public");
    await publish(shown.id, { fr: "API publique", en: "Public API" });
    const unpublished = await publish(hidden.id, { fr: "Caché", en: "Hidden" }, [], false);

    const response = await call(status.GET, null, "/api/status");
    expect(response.status).toBe(200);
    const body = await response.json();
    const ids = body.services.map((s: { id: string }) => s.id);
    const text = JSON.stringify(body);
    expect(body.services.some((s: { name: { en: string } }) => s.name.en === "Public API")).toBe(true);
    expect(ids).not.toContain(unpublished.id);
    expect(text).not.toContain(internal.id);
    expect(text).not.toContain("internal-only");
    expect(text).not.toContain("hidden-again");
    expect(text).not.toContain(shown.target);
    expect(body.overall).toMatch(/^(operational|degraded|outage)$/);
  });
});

describe("incidents", () => {
  let serviceId: string;

  beforeAll(async () => {
    const mail = await check("mail-incidents");
    serviceId = (await publish(mail.id, { fr: "Messagerie", en: "Email" })).id;
  });

  it("are declared by support, with an audit row and a public realtime event, and shown on the status page", async () => {
    const response = await declare(support, {
      title: "Lenteurs de la messagerie",
      impact: "MAJOR",
      serviceIds: [serviceId, serviceId],
      message: "Nous enquêtons.",
    });
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({ state: "INVESTIGATING", impact: "MAJOR", createdById: support.id });
    expect(await db.incidentService.count({ where: { incidentId: created.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { entity: "Incident", entityId: created.id, action: "incident.declare" } })).toBe(1);
    const event = await db.realtimeEvent.findFirst({ where: { channel: channels.status }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ event: "incident.updated" });

    const body = await (await call(status.GET, null, "/api/status")).json();
    expect(body.activeIncidents.map((i: { id: string }) => i.id)).toContain(created.id);
    expect(body.services.find((s: { id: string }) => s.id === serviceId).state).toBe("outage");
    expect(body.overall).toBe("outage");

    // Updates: each with its author; resolving ends it and the page says so.
    const update = await call(
      updates.POST,
      admin,
      `/api/livepulse/incidents/${created.id}/updates`,
      json("POST", { state: "RESOLVED", message: "Rétabli." }),
      { id: created.id },
    );
    expect(update.status).toBe(201);
    expect(await update.json()).toMatchObject({ state: "RESOLVED", authorId: admin.id });
    const detail = await (await call(incident.GET, seller, `/api/livepulse/incidents/${created.id}`, {}, { id: created.id })).json();
    expect(detail.state).toBe("RESOLVED");
    expect(detail.resolvedAt).not.toBeNull();
    expect(detail.updates.map((u: { author: { id: string } }) => u.author.id)).toEqual([admin.id, support.id]);
    const after = await (await call(status.GET, null, "/api/status")).json();
    expect(after.activeIncidents.map((i: { id: string }) => i.id)).not.toContain(created.id);
    expect(after.incidents.find((i: { id: string }) => i.id === created.id).state).toBe("RESOLVED");
  });

  it("become a valid Atom feed, one entry per incident with its updates, text escaped", async () => {
    const title = `<script>alert("x")</script> & co`;
    const created = await (await declare(admin, { title, impact: "MINOR", serviceIds: [serviceId], message: "First <b>look</b>" })).json();
    await call(
      updates.POST,
      support,
      `/api/livepulse/incidents/${created.id}/updates`,
      json("POST", { state: "IDENTIFIED", message: "Cause found ]]> here" }),
      { id: created.id },
    );
    const response = await call(feed.GET, null, "/api/status/feed.atom", { headers: { "accept-language": "en" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await response.text();
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");

    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(message);
      },
    }).parseFromString(xml, "application/xml");
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.localName).toBe("feed");
    expect(root.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    const child = (element: XmlElement, name: string) =>
      Array.from(element.childNodes).find((n) => n.nodeName === name) as XmlElement | undefined;
    for (const name of ["id", "title", "updated", "author"]) expect(child(root, name), name).toBeDefined();
    const entries = Array.from(root.getElementsByTagName("entry"));
    const entry = entries.find((e) => child(e, "title")?.textContent === title);
    expect(entry).toBeDefined();
    for (const name of ["id", "updated", "link", "content"]) expect(child(entry!, name), name).toBeDefined();
    const content = child(entry!, "content")!.textContent!;
    expect(content).toContain("First <b>look</b>");
    expect(content).toContain("Cause found ]]> here");
    expect(content.indexOf("Cause found")).toBeLessThan(content.indexOf("First <b>look</b>"));
    expect(new Set(entries.map((e) => child(e, "id")!.textContent)).size).toBe(entries.length);
  });

  it("are refused to sellers (403) and to visitors (401); sellers read them", async () => {
    const body = { title: "Panne", impact: "MINOR", serviceIds: [serviceId], message: "Message" };
    const before = await db.incident.count();
    expect((await declare(seller, body)).status).toBe(403);
    expect((await declare(null, body)).status).toBe(401);
    expect((await call(incidents.GET, null, "/api/livepulse/incidents")).status).toBe(401);
    const list = await call(incidents.GET, seller, "/api/livepulse/incidents?status=all");
    expect(list.status).toBe(200);
    const someId = (await db.incident.findFirstOrThrow()).id;
    const update = await call(
      updates.POST,
      seller,
      `/api/livepulse/incidents/${someId}/updates`,
      json("POST", { state: "MONITORING", message: "Hello" }),
      {
        id: someId,
      },
    );
    expect(update.status).toBe(403);
    expect(
      (
        await call(
          publication.PATCH,
          support,
          `/api/livepulse/monitors/x/publication`,
          json("PATCH", { published: true, nameFr: "Ab", nameEn: "Ab" }),
          { id: "x" },
        )
      ).status,
    ).toBe(403);
    expect(await db.incident.count()).toBe(before);
  });

  it("are listed page by page: every incident reachable once, open ones first, the total counted", async () => {
    const base = Date.UTC(2026, 0, 1);
    await db.incident.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({
        title: `Paged incident ${i}`,
        impact: "MINOR" as const,
        state: i % 4 === 0 ? ("INVESTIGATING" as const) : ("RESOLVED" as const),
        resolvedAt: i % 4 === 0 ? null : new Date(base + i * DAY + 3_600_000),
        createdAt: new Date(base + i * DAY),
      })),
    });
    const listed = async (query: string) => {
      const response = await call(incidents.GET, seller, `/api/livepulse/incidents?${query}`);
      expect(response.status).toBe(200);
      return (await response.json()) as {
        items: Array<{ id: string; state: string }>;
        total: number;
        page: number;
        pageSize: number;
        open: number;
      };
    };
    const all = await db.incident.count();
    const open = await db.incident.count({ where: { state: { not: "RESOLVED" } } });
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(all / 10); page++) {
      const list = await listed(`status=all&pageSize=10&page=${page}`);
      expect(list).toMatchObject({ total: all, page, pageSize: 10, open });
      seen.push(...list.items.map((item) => item.id));
    }
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
    // Open incidents come before resolved ones across the pages.
    const states = (await db.incident.findMany({ where: { id: { in: seen } }, select: { id: true, state: true } })).reduce(
      (byId, row) => byId.set(row.id, row.state),
      new Map<string, string>(),
    );
    const firstResolved = seen.findIndex((id) => states.get(id) === "RESOLVED");
    expect(seen.slice(firstResolved).every((id) => states.get(id) === "RESOLVED")).toBe(true);

    const openOnly = await listed("status=open&pageSize=2&page=2");
    expect(openOnly.total).toBe(open);
    expect(openOnly.items.every((item) => item.state !== "RESOLVED")).toBe(true);
    expect((await listed(`status=all&page=${all + 1}`)).items).toEqual([]);
    for (const bad of ["pageSize=0", "pageSize=101", "page=0", "page=abc"]) {
      expect((await call(incidents.GET, seller, `/api/livepulse/incidents?${bad}`)).status, bad).toBe(422);
    }
  });

  it("answer 422 on bad input and change nothing", async () => {
    const internal = await check("private-for-422");
    const before = await db.incident.count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{}, "title"],
      [{ title: "Ok title", impact: "HUGE", serviceIds: [serviceId], message: "Message" }, "impact"],
      [{ title: "Ok title", impact: "MINOR", serviceIds: [], message: "Message" }, "serviceIds"],
      [{ title: "Ok title", impact: "MINOR", serviceIds: [internal.id], message: "Message" }, "serviceIds"],
      [{ title: "Ok title", impact: "MINOR", serviceIds: [serviceId], message: "" }, "message"],
      [{ title: "Ok title", impact: "MINOR", serviceIds: [serviceId], message: "Message", state: "RESOLVED" }, "state"],
      [{ title: "Ok title", impact: "MINOR", serviceIds: [serviceId], message: "Message", alertId: "nope" }, "alertId"],
      [{ title: "x".repeat(161), impact: "MINOR", serviceIds: [serviceId], message: "Message" }, "title"],
    ];
    for (const [body, field] of cases) {
      const response = await declare(support, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys((await response.json()).error.fields ?? {})).toContain(field);
    }
    expect(await db.incident.count()).toBe(before);

    const someId = (await db.incident.findFirstOrThrow()).id;
    const bad = await call(
      updates.POST,
      support,
      `/api/livepulse/incidents/${someId}/updates`,
      json("POST", { state: "DONE", message: "" }),
      {
        id: someId,
      },
    );
    expect(bad.status).toBe(422);
    const missing = await call(
      updates.POST,
      support,
      `/api/livepulse/incidents/nope/updates`,
      json("POST", { state: "RESOLVED", message: "Fine" }),
      {
        id: "nope",
      },
    );
    expect(missing.status).toBe(404);
    const unknownPlan = await call(
      publication.PATCH,
      admin,
      `/api/livepulse/monitors/${internal.id}/publication`,
      json("PATCH", { published: true, nameFr: "Ab", nameEn: "Ab", planIds: ["no-such-plan"] }),
      { id: internal.id },
    );
    expect(unknownPlan.status).toBe(422);
    expect(await db.statusService.count({ where: { checkId: internal.id } })).toBe(0);
  });
});

describe("the portal banner", () => {
  it("reaches the customers of the plans tied to an affected service, or everyone when it is tied to none", async () => {
    const [pro, other] = await Promise.all([createUser("CUSTOMER"), createUser("CUSTOMER")]);
    await db.hostingPlan.create({ data: plans.find((p) => p.slug === "pro")! });
    const request = await submitHostingRequest(pro, hostingRequestInput({ planSlug: "pro" }));
    // A submitted request does not count yet; an active one does (its way there is tested elsewhere).
    await db.hostingRequest.update({ where: { id: request.id }, data: { status: "ACTIVE" } });
    const plan = await db.hostingPlan.findUniqueOrThrow({ where: { slug: "pro" } });
    const tied = await publish((await check("pro-only")).id, { fr: "Pro", en: "Pro" }, [plan.id]);
    const everyone = await publish((await check("for-all")).id, { fr: "Tous", en: "All" });

    const planIncident = await (
      await declare(support, { title: "Pro plan", impact: "MINOR", serviceIds: [tied.id], message: "Looking" })
    ).json();
    expect((await incidentsAffecting(pro)).map((i) => i.id)).toContain(planIncident.id);
    expect((await incidentsAffecting(other)).map((i) => i.id)).not.toContain(planIncident.id);
    expect(await incidentsAffecting(support)).toEqual([]);

    const global = await (
      await declare(support, { title: "All", impact: "CRITICAL", serviceIds: [everyone.id], message: "Looking" })
    ).json();
    expect((await incidentsAffecting(other)).map((i) => i.id)).toContain(global.id);

    await call(
      updates.POST,
      support,
      `/api/livepulse/incidents/${global.id}/updates`,
      json("POST", { state: "RESOLVED", message: "Fixed" }),
      {
        id: global.id,
      },
    );
    expect((await incidentsAffecting(other)).map((i) => i.id)).not.toContain(global.id);
  });
});

describe("the public realtime channel", () => {
  it("admits anyone to `status` and nobody signed out to anything else", async () => {
    expect(await authorizeChannel(null, channels.status)).toBe(true);
    expect(await authorizeChannel(null, channels.staff)).toBe(false);
    expect(await authorizeChannel(null, channels.user("someone"))).toBe(false);
    expect(await authorizeChannel({ id: seller.id, role: "SELLER" }, channels.status)).toBe(true);
  });
});

describe("incident mail", () => {
  it("tells the affected customers who chose it, at the declaration and each update, in their language", async () => {
    const pro = await db.hostingPlan.upsert({ where: { slug: "pro" }, create: plans.find((p) => p.slug === "pro")!, update: {} });
    const [reader, english, silent, elsewhere] = await Promise.all([1, 2, 3, 4].map(() => createUser("CUSTOMER")));
    for (const customer of [reader, english, silent]) {
      const request = await submitHostingRequest(customer, hostingRequestInput({ planSlug: "pro" }));
      await db.hostingRequest.update({ where: { id: request.id }, data: { status: "ACTIVE" } });
    }
    const optIn = { emailCategories: ["REQUESTS" as const, "TICKETS" as const, "INCIDENTS" as const] };
    await db.user.update({ where: { id: reader.id }, data: optIn });
    await db.user.update({ where: { id: english.id }, data: { ...optIn, locale: "en" } });
    await db.user.update({ where: { id: elsewhere.id }, data: optIn });
    const service = await publish((await check("mail-pro")).id, { fr: "Hébergement Pro", en: "Pro hosting" }, [pro.id]);
    const mailOf = (user: User) =>
      db.emailMessage.findMany({ where: { userId: user.id, kind: "INCIDENT_UPDATE" }, orderBy: { createdAt: "asc" } });

    const declared = await declare(support, {
      title: "Slow sites",
      impact: "MAJOR",
      serviceIds: [service.id],
      message: "We are looking <now>.",
    });
    expect(declared.status).toBe(201);
    const { id } = await declared.json();
    const [first] = await mailOf(reader);
    expect(first).toMatchObject({ category: "INCIDENTS", locale: "fr", subject: "Slow sites : Investigation en cours" });
    expect(first.text).toContain("Hébergement Pro");
    expect(first.text).toContain("We are looking <now>.");
    expect(first.html).toContain("We are looking &lt;now&gt;.");
    expect(first.html).toContain("/status");
    const [inEnglish] = await mailOf(english);
    expect(inEnglish).toMatchObject({ locale: "en", subject: "Slow sites: Investigating" });
    expect(inEnglish.text).toContain("Pro hosting");
    // Not chosen, or not a customer of the plan: nothing.
    expect(await mailOf(silent)).toEqual([]);
    expect(await mailOf(elsewhere)).toEqual([]);

    await call(
      updates.POST,
      support,
      `/api/livepulse/incidents/${id}/updates`,
      json("POST", { state: "RESOLVED", message: "Back to normal." }),
      {
        id,
      },
    );
    const mails = await mailOf(reader);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toBe("Slow sites : Résolu");
    expect(mails[1].text).toContain("Back to normal.");
  });
});
