import { beforeAll, describe, expect, it, vi } from "vitest";

// Auth.js and next/headers need Next's runtime: the session and the request headers are whatever the test says.
vi.mock("@/lib/auth/index", () => import("./fake-session"));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import * as alertsRoute from "@/app/api/livepulse/alerts/route";
import * as rulesRoute from "@/app/api/livepulse/alert-rules/route";
import * as acknowledgeRoute from "@/app/api/livepulse/alerts/[id]/acknowledge/route";
import * as maintenanceRoute from "@/app/api/livepulse/maintenance/route";
import * as publication from "@/app/api/livepulse/monitors/[id]/publication/route";
import * as myTokensRoute from "@/app/api/me/tokens/route";
import { db } from "@/lib/db";
import {
  alertListResponse,
  alertRuleListResponse,
  alertRuleResponse,
  alertSchema,
  raiseAlertResponse,
} from "@/lib/livepulse/alerts/schemas";
import { createAlertChannel } from "@/lib/livepulse/channels/create-alert-channel";
import { alertChannelSchema } from "@/lib/livepulse/channels/schemas";
import { callRouteAs, createUser, jsonInit as json, type TestUser as User } from "./helpers";

const HOUR = 3_600_000;
let admin: User;
let support: User;
let seller: User;
let customer: User;

type AlertBody = { id: string; status: string; source: string; title: string; severity: string; ruleId: string | null };

const raise = (user: User | null, body: unknown, headers: Record<string, string> = {}) =>
  callRouteAs(alertsRoute.POST, user, "/api/livepulse/alerts", {
    ...json("POST", body),
    headers: { "content-type": "application/json", ...headers },
  });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A personal API token of `user` with these scopes, created through the API. */
async function tokenOf(user: User, scopes: string[]) {
  const response = await callRouteAs(
    myTokensRoute.POST,
    user,
    "/api/me/tokens",
    json("POST", { name: `t ${scopes}`, expiry: "30", scopes }),
  );
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

const alertCount = () => db.alert.count();
const notified = (userId: string) => db.notification.count({ where: { userId, type: "ALERT_FIRING" } });

/** The Alertmanager notification for these alerts (webhook payload version 4). */
function alertmanager(
  alerts: Array<{ fingerprint: string; status: "firing" | "resolved"; labels?: Record<string, string>; summary?: string }>,
) {
  return {
    version: "4",
    groupKey: '{}:{alertname="DiskFull"}',
    truncatedAlerts: 0,
    status: alerts.some((a) => a.status === "firing") ? "firing" : "resolved",
    receiver: "livepulse",
    groupLabels: { alertname: "DiskFull" },
    commonLabels: { alertname: "DiskFull" },
    commonAnnotations: {},
    externalURL: "http://alertmanager.example:9093",
    alerts: alerts.map((a) => ({
      status: a.status,
      labels: { alertname: "DiskFull", ...a.labels },
      annotations: a.summary ? { summary: a.summary, description: "Less than 5% left on /var." } : {},
      startsAt: "2026-12-05T09:00:00.000Z",
      endsAt: a.status === "resolved" ? "2026-12-05T09:30:00.000Z" : "0001-01-01T00:00:00Z",
      generatorURL: "http://prometheus.example:9090/graph?g0.expr=disk",
      fingerprint: a.fingerprint,
    })),
  };
}

beforeAll(async () => {
  [admin, support, seller, customer] = await Promise.all([
    createUser("ADMIN"),
    createUser("SUPPORT"),
    createUser("SELLER"),
    createUser("CUSTOMER"),
  ]);
  // Every enabled channel hears of a raised alert: a webhook to see its deliveries.
  await createAlertChannel(
    admin,
    alertChannelSchema.parse({ name: "Ops webhook", kind: "WEBHOOK", url: "https://hooks.example.test/ops", enabled: true }),
  );
});

describe("raising an alert by hand", () => {
  it("is for support and admins: the alert fires, staff are notified, channels get a delivery, an audit row is written", async () => {
    const before = await alertCount();
    for (const [user, status] of [
      [customer, 403],
      [seller, 403],
      [null, 401],
    ] as const) {
      expect((await raise(user, { title: "Paiements en panne", severity: "CRITICAL" })).status).toBe(status);
    }
    expect(await alertCount()).toBe(before);

    const adminNotes = await notified(admin.id);
    const response = await raise(support, { title: "Paiements en panne", severity: "CRITICAL", details: "Le prestataire ne répond plus." });
    expect(response.status).toBe(201);
    const alert = (await response.json()) as AlertBody;
    expect(alertSchema.safeParse(alert).success).toBe(true);
    expect(alert).toMatchObject({ status: "FIRING", source: "MANUAL", title: "Paiements en panne", severity: "CRITICAL", ruleId: null });
    expect(await notified(admin.id)).toBe(adminNotes + 1);
    // Every enabled channel: the team's email (there from the start) and the webhook.
    expect(await db.alertDelivery.count({ where: { alertId: alert.id, event: "FIRED" } })).toBe(
      await db.alertChannel.count({ where: { enabled: true } }),
    );
    expect(await db.auditLog.count({ where: { action: "alert.raise", entityId: alert.id, actorId: support.id } })).toBe(1);

    // The list shows it with who raised it, and the support can acknowledge it like any other.
    const list = await callRouteAs(alertsRoute.GET, seller, "/api/livepulse/alerts");
    const page = alertListResponse.parse(await list.json());
    expect(page.items.find((item) => item.id === alert.id)).toMatchObject({ rule: null, raisedBy: { id: support.id } });
    const acknowledged = await callRouteAs(acknowledgeRoute.PUT, support, `/api/livepulse/alerts/${alert.id}/acknowledge`, json("PUT"), {
      id: alert.id,
    });
    expect(acknowledged.status).toBe(200);
  });

  it("names a monitor by id or name; an unknown one is a 422 that changes nothing", async () => {
    const monitor = await db.serviceCheck.create({
      data: { name: "API de facturation", kind: "HTTP", target: "https://billing.example.test" },
    });
    const byName = await raise(admin, { title: "Factures en retard", service: "api de facturation" });
    expect(byName.status).toBe(201);
    expect(((await byName.json()) as { serviceCheckId: string }).serviceCheckId).toBe(monitor.id);
    const before = await alertCount();
    const unknown = await raise(admin, { title: "Factures en retard", service: "no such monitor" });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).error.fields).toEqual({ service: ["unknown"] });
    expect(await alertCount()).toBe(before);
  });
});

describe("raising an alert with a personal API token", () => {
  it("needs the alerts:raise scope", async () => {
    const without = await tokenOf(support, ["livepulse:read"]);
    const refused = await raise(null, { title: "Disque plein", source: "nagios", fingerprint: "disk-web1" }, bearer(without));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toContain("alerts:raise");
    // A seller cannot even be given the scope.
    const sellerToken = await callRouteAs(
      myTokensRoute.POST,
      seller,
      "/api/me/tokens",
      json("POST", { name: "raise", expiry: "30", scopes: ["alerts:raise"] }),
    );
    expect(sellerToken.status).toBe(422);
  });

  it("keeps one open alert per fingerprint, updated by repeated posts, and resolved when its source says so", async () => {
    const token = await tokenOf(support, ["alerts:raise"]);
    const body = { title: "Disque presque plein", severity: "WARNING", source: "nagios", fingerprint: "disk-web1" };
    const first = await raise(null, body, bearer(token));
    expect(first.status).toBe(201);
    const opened = (await first.json()) as AlertBody;
    expect(opened).toMatchObject({ source: "EXTERNAL", status: "FIRING" });

    const again = await raise(null, { ...body, severity: "CRITICAL", title: "Disque plein" }, bearer(token));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: opened.id, severity: "CRITICAL", title: "Disque plein", status: "FIRING" });
    expect(await db.alert.count({ where: { sourceName: "nagios", sourceKey: "disk-web1" } })).toBe(1);
    // Another source's same fingerprint is another problem.
    const other = await raise(null, { ...body, source: "zabbix" }, bearer(token));
    expect(other.status).toBe(201);

    const resolved = await raise(null, { ...body, status: "resolved" }, bearer(token));
    expect(resolved.status).toBe(200);
    expect(await resolved.json()).toMatchObject({ id: opened.id, status: "RESOLVED" });
    expect(await db.alertDelivery.count({ where: { alertId: opened.id, event: "RESOLVED" } })).toBe(1);
    // Resolving again answers the resolved alert; a fingerprint never seen is a 404.
    expect((await raise(null, { ...body, status: "resolved" }, bearer(token))).status).toBe(200);
    expect((await raise(null, { ...body, fingerprint: "never-seen", status: "resolved" }, bearer(token))).status).toBe(404);
    // Firing again after the resolution opens a new alert.
    const reopened = await raise(null, body, bearer(token));
    expect(reopened.status).toBe(201);
    expect(((await reopened.json()) as AlertBody).id).not.toBe(opened.id);
  });

  it("opens one alert when two posts of a new fingerprint race", async () => {
    const token = await tokenOf(admin, ["alerts:raise"]);
    const body = { title: "Latence élevée", source: "uptime", fingerprint: "latency-eu" };
    const answers = await Promise.all([raise(null, body, bearer(token)), raise(null, body, bearer(token))]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
    expect(await db.alert.count({ where: { sourceName: "uptime", sourceKey: "latency-eu" } })).toBe(1);
  });
});

describe("a Prometheus Alertmanager notification", () => {
  it("opens, updates and resolves one alert per fingerprint, with severity, title and labels mapped", async () => {
    const token = await tokenOf(admin, ["alerts:raise"]);
    await raise(
      null,
      alertmanager([{ fingerprint: "a1b2", status: "firing", labels: { severity: "warning", instance: "db1" }, summary: "Disque de db1" }]),
      bearer(token),
    );
    const both = await raise(
      null,
      alertmanager([
        { fingerprint: "c3d4", status: "firing", labels: { severity: "critical", instance: "web2" } },
        { fingerprint: "a1b2", status: "resolved", labels: { severity: "warning", instance: "db1" }, summary: "Disque de db1" },
      ]),
      bearer(token),
    );
    expect(both.status).toBe(201);
    const body = (await both.json()) as { alerts: AlertBody[] };
    expect(raiseAlertResponse.safeParse(body).success).toBe(true);
    expect(body.alerts).toHaveLength(2);
    expect(body.alerts[0]).toMatchObject({ source: "EXTERNAL", severity: "CRITICAL", title: "DiskFull", status: "FIRING" });
    expect(body.alerts[1]).toMatchObject({ title: "Disque de db1", severity: "WARNING", status: "RESOLVED" });
    const stored = await db.alert.findFirstOrThrow({ where: { sourceName: "alertmanager", sourceKey: "c3d4" } });
    expect(stored.labels).toMatchObject({ alertname: "DiskFull", instance: "web2", severity: "critical" });
    expect(stored.link).toBe("http://prometheus.example:9090/graph?g0.expr=disk");
    expect(stored.firedAt.toISOString()).toBe("2026-12-05T09:00:00.000Z");

    // Resolutions only: 200; one never received is ignored.
    const resolvedOnly = await raise(
      null,
      alertmanager([
        { fingerprint: "c3d4", status: "resolved" },
        { fingerprint: "unknown", status: "resolved" },
      ]),
      bearer(token),
    );
    expect(resolvedOnly.status).toBe(200);
    expect(((await resolvedOnly.json()) as { alerts: AlertBody[] }).alerts.map((a) => a.status)).toEqual(["RESOLVED"]);
    expect(await db.alert.count({ where: { sourceName: "alertmanager", status: { in: ["FIRING", "ACKNOWLEDGED"] } } })).toBe(0);
  });
});

describe("a maintenance window", () => {
  it("suppresses an alert raised on a monitor of its services, once per fingerprint", async () => {
    const monitor = await db.serviceCheck.create({ data: { name: "Stockage", kind: "HTTP", target: "https://storage.example.test" } });
    const published = await callRouteAs(
      publication.PATCH,
      admin,
      `/api/livepulse/monitors/${monitor.id}/publication`,
      json("PATCH", { published: true, nameFr: "Stockage", nameEn: "Storage", planIds: [] }),
      { id: monitor.id },
    );
    const serviceId = ((await published.json()) as { id: string }).id;
    const hour = Math.floor(Date.now() / HOUR) * HOUR;
    const scheduled = await callRouteAs(
      maintenanceRoute.POST,
      support,
      "/api/livepulse/maintenance",
      json("POST", {
        title: "Migration du stockage",
        serviceIds: [serviceId],
        startsAt: new Date(hour - HOUR).toISOString(),
        endsAt: new Date(hour + 2 * HOUR).toISOString(),
      }),
    );
    expect(scheduled.status, await scheduled.clone().text()).toBe(201);

    const notes = await notified(admin.id);
    const body = { title: "Stockage lent", service: monitor.id, source: "nagios", fingerprint: "storage-slow" };
    const token = await tokenOf(support, ["alerts:raise"]);
    const first = await raise(null, body, bearer(token));
    expect(first.status).toBe(201);
    const alert = (await first.json()) as AlertBody & { maintenanceId: string };
    expect(alert.status).toBe("SUPPRESSED");
    expect(alert.maintenanceId).toBeTruthy();
    expect((await raise(null, body, bearer(token))).status).toBe(200);
    expect(await db.alert.count({ where: { sourceKey: "storage-slow" } })).toBe(1);
    expect(await notified(admin.id)).toBe(notes);
    expect(await db.alertDelivery.count({ where: { alertId: alert.id } })).toBe(0);
  });
});

describe("bad payloads", () => {
  it("are 422s naming the field, and change nothing", async () => {
    const token = await tokenOf(admin, ["alerts:raise"]);
    const before = await alertCount();
    const cases: Array<[unknown, string]> = [
      [{}, "title"],
      [{ title: "ok" }, "title"],
      [{ title: "Valid title", severity: "HUGE" }, "severity"],
      [{ title: "Valid title", status: "resolved" }, "fingerprint"],
      [{ title: "Valid title", source: "has spaces!" }, "source"],
      [{ title: "Valid title", link: "javascript:alert(1)" }, "link"],
      [{ title: "Valid title", labels: { a: 1 } }, "labels.a"],
      [{ version: "3", alerts: [] }, "version"],
      [{ ...alertmanager([{ fingerprint: "x", status: "firing" }]), alerts: [] }, "alerts"],
      [{ ...alertmanager([{ fingerprint: "", status: "firing" }]) }, "alerts.0.fingerprint"],
      [{ ...alertmanager([{ fingerprint: "x", status: "firing" }]), alerts: [{ status: "firing" }] }, "alerts.0.labels"],
    ];
    for (const [body, field] of cases) {
      const response = await raise(null, body, bearer(token));
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys((await response.json()).error.fields), JSON.stringify(body)).toContain(field);
    }
    expect((await raise(null, "not an object", bearer(token))).status).toBe(422);
    expect(await alertCount()).toBe(before);
  });
});

describe("alert rules", () => {
  const rule = { name: "Erreurs serveur", metric: "ERROR_RATE", comparator: "GT", threshold: 5, windowMinutes: 5 };

  it("are defined on /api/livepulse/alert-rules by admins, and listed there", async () => {
    expect((await callRouteAs(rulesRoute.POST, support, "/api/livepulse/alert-rules", json("POST", rule))).status).toBe(403);
    const created = await callRouteAs(rulesRoute.POST, admin, "/api/livepulse/alert-rules", json("POST", rule));
    expect(created.status).toBe(201);
    const body = alertRuleResponse.parse(await created.json());
    const list = await callRouteAs(rulesRoute.GET, seller, "/api/livepulse/alert-rules");
    expect(list.status).toBe(200);
    expect(alertRuleListResponse.parse(await list.json()).items.map((r) => r.id)).toContain(body.id);
  });

  it("are no longer created by POST /api/livepulse/alerts", async () => {
    const rules = await db.alertRule.count();
    const response = await raise(admin, rule);
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toHaveProperty("title");
    expect(await db.alertRule.count()).toBe(rules);
  });
});
