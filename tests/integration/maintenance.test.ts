import { beforeAll, describe, expect, it, vi } from "vitest";

// Auth.js and next/headers need Next's runtime: the session and the request headers are whatever the test says.
vi.mock("@/lib/auth/index", () => import("./fake-session"));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import * as one from "@/app/api/livepulse/maintenance/[id]/route";
import * as many from "@/app/api/livepulse/maintenance/route";
import * as publication from "@/app/api/livepulse/monitors/[id]/publication/route";
import * as status from "@/app/api/status/route";
import { db } from "@/lib/db";
import { createAlertRule } from "@/lib/livepulse/alerts/create-alert-rule";
import { evaluateAlerts } from "@/lib/livepulse/alerts/evaluate-alerts";
import { listAlerts } from "@/lib/livepulse/alerts/queries";
import { alertListQuery, alertRuleSchema } from "@/lib/livepulse/alerts/schemas";
import { createAlertChannel } from "@/lib/livepulse/channels/create-alert-channel";
import { alertChannelSchema } from "@/lib/livepulse/channels/schemas";
import { activeMaintenanceFor } from "@/lib/maintenance/queries";
import { channels } from "@/lib/realtime/channels";
import { maintenanceAffecting } from "@/lib/status-page/affected";
import { readStatusSnapshot } from "@/lib/status-page/snapshot";
import { callRouteAs as call, createUser, jsonInit as json, type TestUser as User } from "./helpers";

const HOUR = 3_600_000;
let admin: User;
let support: User;
let seller: User;
let customer: User;

async function check(name: string, lastStatus: "UP" | "DOWN" = "UP") {
  return db.serviceCheck.create({ data: { name, kind: "HTTP", target: `https://${name}.example.test`, lastStatus } });
}

async function publish(checkId: string, names: { fr: string; en: string }) {
  const response = await call(
    publication.PATCH,
    admin,
    `/api/livepulse/monitors/${checkId}/publication`,
    json("PATCH", { published: true, nameFr: names.fr, nameEn: names.en, planIds: [] }),
    { id: checkId },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as { id: string };
}

const schedule = (user: User | null, body: Record<string, unknown>) =>
  call(many.POST, user, "/api/livepulse/maintenance", json("POST", body));
const edit = (user: User | null, id: string, body: Record<string, unknown>) =>
  call(one.PATCH, user, `/api/livepulse/maintenance/${id}`, json("PATCH", body), { id });
const cancel = (user: User | null, id: string) => call(one.DELETE, user, `/api/livepulse/maintenance/${id}`, json("DELETE"), { id });

/** A whole-hour ISO instant `hours` from now. */
const inHours = (hours: number) => new Date(Math.floor(Date.now() / HOUR) * HOUR + hours * HOUR).toISOString();

beforeAll(async () => {
  [admin, support, seller, customer] = await Promise.all([
    createUser("ADMIN"),
    createUser("SUPPORT"),
    createUser("SELLER"),
    createUser("CUSTOMER"),
  ]);
});

describe("maintenance windows", () => {
  let serviceId: string;

  beforeAll(async () => {
    serviceId = (await publish((await check("web-maint")).id, { fr: "Sites web", en: "Websites" })).id;
  });

  it("are scheduled, edited and cancelled by support and admins, with audit rows and a public event", async () => {
    const body = {
      title: "Mise à niveau du stockage",
      message: "Quelques secondes d'interruption.",
      serviceIds: [serviceId, serviceId],
      startsAt: inHours(24),
      endsAt: inHours(26),
    };
    const created = await schedule(support, body);
    expect(created.status).toBe(201);
    const window = await created.json();
    expect(window).toMatchObject({ title: body.title, recurrence: "NONE", excludeFromUptime: false, createdById: support.id });
    expect(window.services).toEqual([{ serviceId }]);
    expect(await db.auditLog.count({ where: { entity: "MaintenanceWindow", entityId: window.id, action: "maintenance.create" } })).toBe(1);
    expect(await db.realtimeEvent.findFirst({ where: { channel: channels.status }, orderBy: { id: "desc" } })).toMatchObject({
      event: "maintenance.updated",
    });

    // Local wall-clock times are read on the company's clock (Paris, UTC+1 in January).
    const edited = await edit(admin, window.id, {
      ...body,
      startsAt: "2027-01-10T22:00",
      endsAt: "2027-01-10T23:30",
      recurrence: "WEEKLY",
      repeatUntil: "2027-03-01",
      excludeFromUptime: true,
    });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({
      startsAt: "2027-01-10T21:00:00.000Z",
      endsAt: "2027-01-10T22:30:00.000Z",
      recurrence: "WEEKLY",
      repeatUntil: "2027-03-01T00:00:00.000Z",
      excludeFromUptime: true,
    });
    const listed = await (await call(many.GET, seller, "/api/livepulse/maintenance")).json();
    expect(listed.items.find((w: { id: string }) => w.id === window.id)).toMatchObject({ phase: "upcoming" });

    const cancelled = await cancel(support, window.id);
    expect(cancelled.status).toBe(200);
    expect((await cancelled.json()).cancelledAt).not.toBeNull();
    expect((await cancel(support, window.id)).status).toBe(409);
    expect((await edit(admin, window.id, body)).status).toBe(409);
    const past = await (await call(many.GET, admin, "/api/livepulse/maintenance?tab=past")).json();
    expect(past.items.find((w: { id: string }) => w.id === window.id)).toMatchObject({ phase: "cancelled" });
    expect(await db.auditLog.count({ where: { entity: "MaintenanceWindow", entityId: window.id } })).toBe(3);
  });

  it("refuse customers and sellers, and bad input, changing nothing", async () => {
    const body = { title: "Travaux", serviceIds: [serviceId], startsAt: inHours(5), endsAt: inHours(6) };
    const [existing] = await db.maintenanceWindow.findMany({ take: 1 });
    const before = await db.maintenanceWindow.count();
    const audits = await db.auditLog.count();

    expect((await schedule(null, body)).status).toBe(401);
    expect([403, 404]).toContain((await schedule(customer, body)).status);
    expect((await schedule(seller, body)).status).toBe(403);
    expect([403, 404]).toContain((await call(many.GET, customer, "/api/livepulse/maintenance")).status);
    expect((await edit(seller, existing.id, body)).status).toBe(403);
    expect((await cancel(seller, existing.id)).status).toBe(403);
    expect([403, 404]).toContain((await cancel(customer, existing.id)).status);

    const bad: Array<Record<string, unknown>> = [
      { ...body, title: "" },
      { ...body, serviceIds: [] },
      { ...body, serviceIds: ["no-such-service"] },
      { ...body, startsAt: "tomorrow" },
      { ...body, startsAt: "2027-02-30T10:00" },
      { ...body, endsAt: body.startsAt },
      { ...body, startsAt: inHours(6), endsAt: inHours(5) },
      { ...body, startsAt: inHours(1), endsAt: inHours(30), recurrence: "DAILY" },
      { ...body, recurrence: "YEARLY" },
      { ...body, startsAt: "2027-05-10T10:00", endsAt: "2027-05-10T11:00", recurrence: "WEEKLY", repeatUntil: "2027-05-01" },
      { ...body, title: "a\u0000b" },
      { ...body, excludeFromUptime: "yes" },
    ];
    for (const input of bad) {
      const response = await schedule(admin, input);
      expect(response.status, JSON.stringify(input)).toBeGreaterThanOrEqual(400);
      expect(response.status, JSON.stringify(input)).toBeLessThan(500);
      expect((await response.json()).error.code).toBeTruthy();
    }
    expect((await edit(admin, "no-such-window", body)).status).toBe(404);
    expect((await cancel(admin, "no-such-window")).status).toBe(404);
    expect(await db.maintenanceWindow.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("are listed by GET /api/status for the coming days, in progress first, and shown to the customers they affect", async () => {
    const now = await schedule(admin, {
      title: "Redémarrage des serveurs web",
      serviceIds: [serviceId],
      startsAt: inHours(-1),
      endsAt: inHours(2),
      excludeFromUptime: true,
    });
    const soon = await schedule(admin, { title: "Migration DNS", serviceIds: [serviceId], startsAt: inHours(48), endsAt: inHours(49) });
    const far = await schedule(admin, {
      title: "Lointaine",
      serviceIds: [serviceId],
      startsAt: inHours(24 * 20),
      endsAt: inHours(24 * 20 + 1),
    });
    const [nowId, soonId, farId] = [(await now.json()).id, (await soon.json()).id, (await far.json()).id];

    const body = await (await call(status.GET, null, "/api/status")).json();
    const announced = body.maintenance.filter((w: { occurrences: unknown[] }) => w.occurrences.length > 0);
    expect(announced.map((w: { id: string }) => w.id)).toEqual([nowId, soonId]);
    expect(announced[0]).toMatchObject({ inProgress: true, excludeFromUptime: true, serviceIds: [serviceId] });
    expect(announced[1]).toMatchObject({ inProgress: false, title: "Migration DNS" });
    expect(JSON.stringify(body)).not.toContain(farId);
    const today = body.services.find((s: { id: string }) => s.id === serviceId).days.at(-1);
    expect(today.maintenanceIds).toContain(nowId);
    expect(today.excluded).toBe(true);

    // Every customer depends on a service tied to no plan: the portal shows both, the one in progress first.
    const shown = await maintenanceAffecting(customer);
    expect(shown.map((w) => [w.id, w.inProgress])).toEqual([
      [nowId, true],
      [soonId, false],
    ]);
    expect(await maintenanceAffecting(support)).toEqual([]);
    await cancel(admin, nowId);
    expect((await maintenanceAffecting(customer)).map((w) => w.id)).toEqual([soonId]);
  });
});

describe("a maintenance window", () => {
  it("suppresses an alert: recorded as suppressed, no notification, nothing sent; after the window it fires", async () => {
    const monitor = await check("db-maint", "DOWN");
    const team = await createAlertChannel(
      admin,
      alertChannelSchema.parse({ name: "Équipe", kind: "EMAIL", emailRoles: ["SUPPORT", "ADMIN"] }),
    );
    const sent = () => db.alertDelivery.count({ where: { channelId: team.id } });
    const serviceId = (await publish(monitor.id, { fr: "Bases", en: "Databases" })).id;
    const rule = await createAlertRule(
      admin,
      alertRuleSchema.parse({
        name: "Bases en panne",
        metric: "MONITOR_DOWN",
        comparator: "GTE",
        threshold: 1,
        windowMinutes: 1,
        serviceCheckId: monitor.id,
        channelIds: [team.id],
      }),
    );
    const start = new Date("2027-06-01T08:00:00Z");
    const response = await schedule(admin, {
      title: "Mise à jour des bases",
      serviceIds: [serviceId],
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
    });
    const window = await response.json();
    const notifications = await db.notification.count({ where: { type: "ALERT_FIRING" } });

    const during = new Date(start.getTime() + 30 * 60_000);
    expect(await activeMaintenanceFor([monitor.id], during)).toMatchObject({ id: window.id });
    expect(await evaluateAlerts(during)).toMatchObject({ fired: 0 });
    // Evaluated again in the same occurrence: still one suppressed alert.
    await evaluateAlerts(new Date(during.getTime() + 60_000));
    const suppressed = await db.alert.findMany({ where: { ruleId: rule.id } });
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]).toMatchObject({ status: "SUPPRESSED", maintenanceId: window.id });
    expect(await db.notification.count({ where: { type: "ALERT_FIRING" } })).toBe(notifications);
    expect(await sent()).toBe(0);
    const listed = await listAlerts(seller, alertListQuery.parse({ status: "all" }));
    expect(listed.items.find((a) => a.id === suppressed[0].id)?.maintenance).toEqual({ id: window.id, title: "Mise à jour des bases" });

    // After the window, the same condition fires and tells the team.
    const after = new Date(start.getTime() + 3 * HOUR);
    expect(await activeMaintenanceFor([monitor.id], after)).toBeNull();
    expect(await evaluateAlerts(after)).toMatchObject({ fired: 1 });
    expect((await db.alert.findMany({ where: { ruleId: rule.id }, orderBy: { firedAt: "asc" } })).map((a) => a.status)).toEqual([
      "SUPPRESSED",
      "FIRING",
    ]);
    expect(await db.notification.count({ where: { type: "ALERT_FIRING" } })).toBeGreaterThan(notifications);
    expect(await sent()).toBe(1);
    await db.alertRule.delete({ where: { id: rule.id } });
  });
});

describe("uptime", () => {
  it("leaves out the time of a window excluded from uptime, and counts it without the flag", async () => {
    const now = new Date("2027-03-20T12:00:00Z");
    const plain = await check("uptime-plain");
    const excluded = await check("uptime-excluded");
    const plainId = (await publish(plain.id, { fr: "Simple", en: "Plain" })).id;
    const excludedId = (await publish(excluded.id, { fr: "Exclue", en: "Excluded" })).id;
    // The day before: two checks up, then two down during 02:00–04:00 UTC.
    const results = (checkId: string) => [
      { checkId, status: "UP" as const, checkedAt: new Date("2027-03-19T01:00:00Z") },
      { checkId, status: "DOWN" as const, checkedAt: new Date("2027-03-19T02:30:00Z") },
      { checkId, status: "DOWN" as const, checkedAt: new Date("2027-03-19T03:30:00Z") },
      { checkId, status: "UP" as const, checkedAt: new Date("2027-03-19T05:00:00Z") },
    ];
    await db.serviceCheckResult.createMany({ data: [...results(plain.id), ...results(excluded.id)] });
    for (const [id, exclude] of [
      [plainId, false],
      [excludedId, true],
    ] as const) {
      const response = await schedule(admin, {
        title: exclude ? "Exclue" : "Comptée",
        serviceIds: [id],
        startsAt: "2027-03-19T02:00:00Z",
        endsAt: "2027-03-19T04:00:00Z",
        excludeFromUptime: exclude,
      });
      expect(response.status).toBe(201);
    }
    const snapshot = await readStatusSnapshot(now);
    const day = (serviceId: string) => snapshot.services.find((s) => s.id === serviceId)!.days.find((d) => d.date === "2027-03-19")!;
    expect(day(plainId)).toMatchObject({ uptime: 50, checks: 4, down: 2, excluded: false });
    expect(day(plainId).maintenanceIds).toHaveLength(1);
    expect(day(excludedId)).toMatchObject({ uptime: 100, checks: 2, down: 0, excluded: true });
    expect(snapshot.services.find((s) => s.id === excludedId)!.uptime).toBe(100);
    expect(snapshot.services.find((s) => s.id === plainId)!.uptime).toBe(50);
  });
});
