import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { acknowledgeAlert } from "@/lib/livepulse/alerts/acknowledge-alert";
import { evaluateAlerts } from "@/lib/livepulse/alerts/evaluate-alerts";
import { firingAlerts, listAlerts, listAlertRules } from "@/lib/livepulse/alerts/queries";
import { createAlertRule } from "@/lib/livepulse/alerts/create-alert-rule";
import { deleteAlertRule } from "@/lib/livepulse/alerts/delete-alert-rule";
import { updateAlertRule } from "@/lib/livepulse/alerts/update-alert-rule";
import { alertListQuery, alertRuleSchema } from "@/lib/livepulse/alerts/schemas";
import { addComment } from "@/lib/tickets/add-comment";
import { commentCreateSchema, ticketCreateSchema } from "@/lib/tickets/schemas";
import { sweepSlaBreaches } from "@/lib/tickets/sweep-sla-breaches";
import { createTicket } from "@/lib/tickets/create-ticket";
import { createUser } from "./helpers";

const HOUR = 3_600_000;
const rule = (input: Record<string, unknown>) => alertRuleSchema.parse(input);

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

const alertsOf = (ruleId: string) => db.alert.findMany({ where: { ruleId }, orderBy: { firedAt: "asc" } });
const notified = (userId: string) => db.notification.count({ where: { userId, type: "ALERT_FIRING" } });

let admin: Awaited<ReturnType<typeof createUser>>;
let support: Awaited<ReturnType<typeof createUser>>;
let seller: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  admin = await createUser("ADMIN");
  support = await createUser("SUPPORT");
  seller = await createUser("SELLER");
});

describe("alert rules", () => {
  it("are defined by admins only, checked, and disabling one resolves its open alert", async () => {
    const input = rule({ name: "Moniteur en panne", metric: "MONITOR_DOWN", comparator: "GT", threshold: 0, windowMinutes: 1 });
    await expectAppError(createAlertRule(seller, input), "FORBIDDEN");
    await expectAppError(createAlertRule(support, input), "FORBIDDEN");
    await expectAppError(createAlertRule(admin, { ...input, serviceCheckId: "no-such-monitor" }), "VALIDATION");
    expect(await db.alertRule.count()).toBe(0);

    const created = await createAlertRule(admin, input);
    expect((await listAlertRules(support)).map((r) => r.name)).toEqual(["Moniteur en panne"]);
    const check = await db.serviceCheck.create({
      data: { name: "Site vitrine", kind: "HTTP", target: "http://127.0.0.1:9/", lastStatus: "DOWN" },
    });
    await evaluateAlerts();
    expect((await alertsOf(created.id)).map((a) => a.status)).toEqual(["FIRING"]);
    await updateAlertRule(admin, created.id, { ...input, enabled: false });
    expect((await alertsOf(created.id)).map((a) => a.status)).toEqual(["RESOLVED"]);
    await expectAppError(deleteAlertRule(support, created.id), "FORBIDDEN");
    await deleteAlertRule(admin, created.id);
    expect(await db.alert.count({ where: { ruleId: created.id } })).toBe(0);
    await db.serviceCheck.delete({ where: { id: check.id } });
  });
});

describe("evaluation", () => {
  it("names a default rule in its notifications by key, and a renamed one by its name", async () => {
    const check = await db.serviceCheck.create({ data: { name: "Base", kind: "TCP", target: "127.0.0.1:9", lastStatus: "DOWN" } });
    const input = rule({ name: "Moniteur en panne", metric: "MONITOR_DOWN", comparator: "GTE", threshold: 1, windowMinutes: 1 });
    const created = await createAlertRule(admin, input);
    await db.alertRule.update({ where: { id: created.id }, data: { nameKey: "errorRate" } });
    await evaluateAlerts();
    const titles = async () =>
      (await db.notification.findMany({ where: { userId: support.id, type: "ALERT_FIRING" }, orderBy: { createdAt: "desc" }, take: 1 }))[0]
        ?.title;
    expect(await titles()).toBe("{livepulseNames.errorRate} · 1 ≥ 1");
    await updateAlertRule(admin, created.id, { ...input, enabled: false });
    await updateAlertRule(admin, created.id, { ...input, name: "Base en panne", enabled: true });
    await evaluateAlerts();
    expect(await titles()).toBe("Base en panne · 1 ≥ 1");
    await deleteAlertRule(admin, created.id);
    await db.serviceCheck.delete({ where: { id: check.id } });
  });

  it("fires once while a monitor is down, tells those who acknowledge, and resolves when it is back", async () => {
    const check = await db.serviceCheck.create({ data: { name: "API partenaires", kind: "TCP", target: "127.0.0.1:9", lastStatus: "UP" } });
    const watched = await createAlertRule(
      admin,
      rule({
        name: "API partenaires en panne",
        metric: "MONITOR_DOWN",
        comparator: "GTE",
        threshold: 1,
        windowMinutes: 1,
        severity: "CRITICAL",
        serviceCheckId: check.id,
      }),
    );
    const before = { support: await notified(support.id), admin: await notified(admin.id), seller: await notified(seller.id) };

    expect(await evaluateAlerts()).toEqual({ fired: 0, resolved: 0 });
    await db.serviceCheck.update({ where: { id: check.id }, data: { lastStatus: "DOWN" } });
    expect((await evaluateAlerts()).fired).toBe(1);
    // Still down: the same alert stays, nobody is told twice.
    expect((await evaluateAlerts()).fired).toBe(0);
    const [alert] = await alertsOf(watched.id);
    expect(alert).toMatchObject({ status: "FIRING", severity: "CRITICAL", value: 1 });
    expect(await notified(support.id)).toBe(before.support + 1);
    expect(await notified(admin.id)).toBe(before.admin + 1);
    expect(await notified(seller.id)).toBe(before.seller);
    expect(await firingAlerts(seller)).toBe(1);
    expect((await db.alertRule.findUniqueOrThrow({ where: { id: watched.id } })).lastValue).toBe(1);

    // Acknowledged by support: who and when; a seller may not; the badge goes down.
    await expectAppError(acknowledgeAlert(seller, alert.id), "FORBIDDEN");
    const acknowledged = await acknowledgeAlert(support, alert.id);
    expect(acknowledged).toMatchObject({ status: "ACKNOWLEDGED", acknowledgedById: support.id });
    expect(acknowledged.acknowledgedAt).not.toBeNull();
    expect(await firingAlerts(admin)).toBe(0);
    expect((await listAlerts(seller, alertListQuery.parse({}))).items.map((a) => a.id)).toContain(alert.id);

    // Back up: resolved by itself; acknowledging it now is a conflict.
    await db.serviceCheck.update({ where: { id: check.id }, data: { lastStatus: "UP" } });
    expect((await evaluateAlerts()).resolved).toBe(1);
    const [resolved] = await alertsOf(watched.id);
    expect(resolved.status).toBe("RESOLVED");
    expect(resolved.resolvedAt).not.toBeNull();
    await expectAppError(acknowledgeAlert(admin, alert.id), "CONFLICT");
    expect((await listAlerts(seller, alertListQuery.parse({}))).items.map((a) => a.id)).not.toContain(alert.id);
    await deleteAlertRule(admin, watched.id);
  });

  it("raises an alert for a ticket's SLA breach", async () => {
    const slaRule = await createAlertRule(
      admin,
      rule({ name: "SLA dépassé", metric: "SLA_BREACHES", comparator: "GT", threshold: 0, windowMinutes: 60 }),
    );
    const customer = await createUser("CUSTOMER");
    const ticket = await createTicket(
      customer,
      ticketCreateSchema.parse({ subject: "Urgence alerte", description: "x", priority: "URGENT" }),
    );
    // The first response was due an hour after creation; two hours on, the sweep records the breach.
    const later = new Date(ticket.createdAt.getTime() + 2 * HOUR);
    await sweepSlaBreaches(later);
    await evaluateAlerts(later);
    const [alert] = await alertsOf(slaRule.id);
    expect(alert).toMatchObject({ status: "FIRING", value: 1 });
    // Answered and past the window, the condition clears.
    await addComment(support, ticket.id, commentCreateSchema.parse({ body: "Pris en charge" }));
    await evaluateAlerts(new Date(later.getTime() + 2 * HOUR));
    expect((await alertsOf(slaRule.id))[0].status).toBe("RESOLVED");
  });
});
