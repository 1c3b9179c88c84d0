import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { evaluateAlerts } from "@/lib/livepulse/alerts/evaluate-alerts";
import { createAlertRule } from "@/lib/livepulse/alerts/create-alert-rule";
import { alertRuleSchema } from "@/lib/livepulse/alerts/schemas";
import { updateAlertRule } from "@/lib/livepulse/alerts/update-alert-rule";
import { runCheck } from "@/lib/livepulse/monitors/run-check";
import { runDueChecks } from "@/lib/livepulse/monitors/run-due-checks";
import { monitorSchema, monitorUpdateSchema } from "@/lib/livepulse/monitors/schemas";
import { statusFromThresholds } from "@/lib/livepulse/monitors/status";
import { checkMonitorNow } from "@/lib/livepulse/monitors/check-monitor-now";
import { createMonitor } from "@/lib/livepulse/monitors/create-monitor";
import { deleteMonitor } from "@/lib/livepulse/monitors/delete-monitor";
import { listMonitors } from "@/lib/livepulse/monitors/queries";
import { updateMonitor } from "@/lib/livepulse/monitors/update-monitor";
import { streamHub } from "@/lib/realtime/stream-hub";
import { channels } from "@/lib/realtime/channels";
import { createUser } from "./helpers";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const base = new Date("2026-11-20T08:00:00Z").getTime();
const at = (ms: number) => new Date(base + ms);
const monitor = (input: Record<string, unknown>) => monitorSchema.parse({ timeoutMs: 2000, intervalSeconds: 30, ...input });

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** A local HTTP service whose answer the test sets, which it can stop and start again on the same port. */
class LocalService {
  status = 200;
  port = 0;
  private server: Server | null = null;
  async start() {
    const server = createHttpServer((_, res) => res.writeHead(this.status, { "content-type": "text/plain" }).end("ok"));
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }
  async stop() {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  get url() {
    return `http://127.0.0.1:${this.port}/health`;
  }
}

const notified = (userId: string) => db.notification.count({ where: { userId, type: "ALERT_FIRING" } });
const alertsOf = (ruleId: string) => db.alert.findMany({ where: { ruleId }, orderBy: { firedAt: "asc" } });
const stateOf = (id: string) => db.serviceCheck.findUniqueOrThrow({ where: { id } });

let admin: Awaited<ReturnType<typeof createUser>>;
let support: Awaited<ReturnType<typeof createUser>>;
let seller: Awaited<ReturnType<typeof createUser>>;
const service = new LocalService();

beforeAll(async () => {
  admin = await createUser("ADMIN");
  support = await createUser("SUPPORT");
  seller = await createUser("SELLER");
  await service.start();
});

afterAll(async () => {
  await service.stop();
  await streamHub().close();
});

describe("an HTTP monitor", () => {
  it("raises an alert when its service goes down and resolves it when the service is back", async () => {
    const check = await createMonitor(admin, monitor({ name: "Site vitrine", kind: "HTTP", target: service.url }));
    const rule = await createAlertRule(
      admin,
      alertRuleSchema.parse({
        name: "Site vitrine en panne",
        metric: "MONITOR_DOWN",
        comparator: "GTE",
        threshold: 1,
        windowMinutes: 1,
        severity: "CRITICAL",
        serviceCheckId: check.id,
      }),
    );
    const before = { support: await notified(support.id), seller: await notified(seller.id) };
    const published: unknown[] = [];
    const unsubscribe = streamHub().subscribe(
      [channels.livepulse],
      (event) => event.event === "monitor.updated" && published.push(event.data),
    );

    // Up: checked, no alert.
    expect(await runDueChecks(at(0))).toMatchObject({ checked: 1, changed: 1 });
    expect(await stateOf(check.id)).toMatchObject({ lastStatus: "UP", lastError: null, lastCheckedAt: at(0) });
    expect((await stateOf(check.id)).lastLatencyMs).not.toBeNull();
    expect(await evaluateAlerts(at(1000))).toEqual({ fired: 0, resolved: 0 });

    // Not due yet: nothing runs before the interval has passed.
    expect((await runDueChecks(at(10_000))).checked).toBe(0);

    // Answering 503: down with the reason, the alert fires and support is told.
    service.status = 503;
    await runDueChecks(at(30_000));
    expect(await stateOf(check.id)).toMatchObject({ lastStatus: "DOWN", lastError: "expected 200, got 503" });
    expect(await evaluateAlerts(at(31_000))).toEqual({ fired: 1, resolved: 0 });
    expect((await alertsOf(rule.id)).map((a) => a.status)).toEqual(["FIRING"]);
    expect(await notified(support.id)).toBe(before.support + 1);
    expect(await notified(seller.id)).toBe(before.seller);

    // Gone altogether: still down, the same alert, nobody told twice.
    await service.stop();
    await runDueChecks(at(60_000));
    const gone = await stateOf(check.id);
    expect(gone.lastStatus).toBe("DOWN");
    expect(gone.lastError).toMatch(/ECONNREFUSED|fetch failed/);
    expect(await evaluateAlerts(at(61_000))).toEqual({ fired: 0, resolved: 0 });
    expect(await notified(support.id)).toBe(before.support + 1);

    // Back: up again, the alert resolves by itself.
    service.status = 200;
    await service.start();
    await runDueChecks(at(90_000));
    expect(await stateOf(check.id)).toMatchObject({ lastStatus: "UP", lastError: null });
    expect(await evaluateAlerts(at(91_000))).toEqual({ fired: 0, resolved: 1 });
    expect((await alertsOf(rule.id)).map((a) => a.status)).toEqual(["RESOLVED"]);

    // Every check stored its result; each run announced itself to LivePulse pages.
    const results = await db.serviceCheckResult.findMany({ where: { checkId: check.id }, orderBy: { checkedAt: "asc" } });
    expect(results.map((r) => r.status)).toEqual(["UP", "DOWN", "DOWN", "UP"]);
    const [view] = (await listMonitors(seller, at(90_000))).filter((m) => m.id === check.id);
    expect(view).toMatchObject({ status: "UP", uptime24h: 50, uptime7d: 50 });
    expect(view.recent.map((r) => r.status)).toEqual(["UP", "DOWN", "DOWN", "UP"]);
    expect(view.history.length).toBeGreaterThan(0);
    await expect.poll(() => published.length).toBeGreaterThanOrEqual(4);
    expect(published.at(-1)).toMatchObject({ ids: [check.id], changed: [check.id] });
    unsubscribe();
    await deleteMonitor(admin, check.id);
  });

  it("counts a slow answer as down once the timeout has passed", async () => {
    const slow = createHttpServer(() => undefined);
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    const port = (slow.address() as AddressInfo).port;
    const check = await createMonitor(admin, monitor({ name: "Lent", kind: "HTTP", target: `http://127.0.0.1:${port}/`, timeoutMs: 300 }));
    expect(await runCheck(check, at(0))).toMatchObject({ status: "DOWN" });
    expect((await stateOf(check.id)).lastError).toBe("timed out after 300 ms");
    slow.closeAllConnections();
    slow.close();
    await deleteMonitor(admin, check.id);
  });
});

describe("a TCP monitor", () => {
  it("is up while the port accepts connections and down once it does not", async () => {
    const server = createTcpServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const check = await createMonitor(admin, monitor({ name: "Redis", kind: "TCP", target: `127.0.0.1:${port}` }));
    expect(check.expectedStatus).toBeNull();
    expect(await runCheck(check, at(0))).toMatchObject({ status: "UP", changed: true });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await runCheck({ ...check, lastStatus: "UP" }, at(30_000))).toMatchObject({ status: "DOWN", changed: true });
    expect((await stateOf(check.id)).lastError).toMatch(/ECONNREFUSED/);
    await deleteMonitor(admin, check.id);
  });
});

describe("built-in checks", () => {
  it("keep their translated name through an edit that leaves it, and lose it when renamed", async () => {
    const check = await db.serviceCheck.create({
      data: { name: "Base de données", nameKey: "database", kind: "DATABASE", builtin: true, intervalSeconds: 30 },
    });
    const settings = { name: "Base de données", intervalSeconds: 60, timeoutMs: 2000, enabled: true };
    await updateMonitor(admin, check.id, monitorUpdateSchema.parse(settings));
    expect(await stateOf(check.id)).toMatchObject({ nameKey: "database", intervalSeconds: 60 });
    await updateMonitor(admin, check.id, monitorUpdateSchema.parse({ ...settings, name: "Primary database" }));
    expect(await stateOf(check.id)).toMatchObject({ nameKey: null, name: "Primary database" });

    const input = alertRuleSchema.parse({
      name: "SLA de ticket dépassé",
      metric: "SLA_BREACHES",
      comparator: "GT",
      threshold: 0,
      windowMinutes: 60,
      severity: "WARNING",
      enabled: true,
      serviceCheckId: null,
    });
    const rule = await createAlertRule(admin, input);
    await db.alertRule.update({ where: { id: rule.id }, data: { nameKey: "slaBreached" } });
    await updateAlertRule(admin, rule.id, { ...input, threshold: 2 });
    expect(await db.alertRule.findUniqueOrThrow({ where: { id: rule.id } })).toMatchObject({ nameKey: "slaBreached", threshold: 2 });
    await updateAlertRule(admin, rule.id, { ...input, name: "Too many breaches" });
    expect(await db.alertRule.findUniqueOrThrow({ where: { id: rule.id } })).toMatchObject({ nameKey: null, name: "Too many breaches" });
    await db.alertRule.delete({ where: { id: rule.id } });
    await db.serviceCheck.delete({ where: { id: check.id } });
  });

  it("measure the database, the realtime transport, memory and the event loop; they can be disabled, not deleted or moved", async () => {
    const kinds = ["DATABASE", "REALTIME", "MEMORY", "EVENT_LOOP"] as const;
    const builtins = await Promise.all(
      kinds.map((kind) => db.serviceCheck.create({ data: { name: `Intégré ${kind}`, kind, builtin: true, intervalSeconds: 30 } })),
    );
    await runDueChecks(at(DAY));
    // The event loop needs one interval of samples before it can say anything.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await runDueChecks(at(DAY + MINUTE));
    const states = await Promise.all(builtins.map((b) => stateOf(b.id)));
    expect(Object.fromEntries(states.map((s) => [s.kind, s.lastStatus]))).toMatchObject({ DATABASE: "UP", REALTIME: "UP", MEMORY: "UP" });
    expect(states.find((s) => s.kind === "DATABASE")!.lastLatencyMs).not.toBeNull();
    // This process's own event loop: how late it runs depends on what else the machine does, so
    // the check must report the delay it measured and judge it by the configured thresholds.
    const loop = states.find((s) => s.kind === "EVENT_LOOP")!;
    expect(loop.lastLatencyMs).not.toBeNull();
    expect(loop.lastStatus).toBe(statusFromThresholds(loop.lastLatencyMs!, env.monitor.lagMs));

    const database = builtins[0];
    const settings = { name: "Base de données", intervalSeconds: 60, timeoutMs: 2000, enabled: false };
    const moved = await expectAppError(
      updateMonitor(admin, database.id, monitorUpdateSchema.parse({ ...settings, kind: "HTTP", target: "http://elsewhere.test/" })),
      "VALIDATION",
    );
    expect(moved.fields).toEqual({ target: ["builtinTarget"] });
    expect((await stateOf(database.id)).enabled).toBe(true);
    await updateMonitor(admin, database.id, monitorUpdateSchema.parse(settings));
    expect(await stateOf(database.id)).toMatchObject({ name: "Base de données", intervalSeconds: 60, enabled: false, kind: "DATABASE" });
    await expectAppError(deleteMonitor(admin, database.id), "CONFLICT");
    // Disabled: no longer checked.
    const checked = await runDueChecks(at(DAY + 10 * MINUTE));
    expect(checked.checked).toBe(3);
    await db.serviceCheck.deleteMany({ where: { builtin: true } });
  });
});

describe("monitor input", () => {
  it("refuses bad input on its field and changes nothing", async () => {
    const fields = (input: Record<string, unknown>) =>
      monitorSchema.safeParse({ name: "Site", kind: "HTTP", target: "https://ok.test", timeoutMs: 1000, intervalSeconds: 60, ...input })
        .error?.issues[0];
    expect(fields({ target: "ftp://ok.test" })).toMatchObject({ path: ["target"], message: "httpUrl" });
    expect(fields({ kind: "TCP", target: "no-port" })).toMatchObject({ path: ["target"], message: "hostPort" });
    expect(fields({ timeoutMs: 50 })).toMatchObject({ path: ["timeoutMs"] });
    expect(fields({ intervalSeconds: 4000 })).toMatchObject({ path: ["intervalSeconds"] });
    expect(fields({ expectedStatus: 700 })).toMatchObject({ path: ["expectedStatus"] });

    const check = await createMonitor(admin, monitor({ name: "API", kind: "HTTP", target: "https://api.example.test/" }));
    const count = await db.serviceCheck.count();
    const refused = await expectAppError(
      updateMonitor(
        admin,
        check.id,
        monitorUpdateSchema.parse({ name: "API", intervalSeconds: 60, timeoutMs: 1000, kind: "TCP", target: "api" }),
      ),
      "VALIDATION",
    );
    expect(refused.fields).toEqual({ target: ["hostPort"] });
    expect(await stateOf(check.id)).toMatchObject({ kind: "HTTP", target: "https://api.example.test/", intervalSeconds: 30 });
    await expectAppError(
      updateMonitor(admin, "no-such-monitor", monitorUpdateSchema.parse({ name: "API", intervalSeconds: 60, timeoutMs: 1000 })),
      "NOT_FOUND",
    );
    expect(await db.serviceCheck.count()).toBe(count);

    // A new target starts over: unknown until its next check, due at once.
    await db.serviceCheck.update({ where: { id: check.id }, data: { lastStatus: "DOWN", lastCheckedAt: at(0) } });
    await updateMonitor(
      admin,
      check.id,
      monitorUpdateSchema.parse({ name: "API", intervalSeconds: 60, timeoutMs: 1000, target: service.url }),
    );
    expect(await stateOf(check.id)).toMatchObject({ target: service.url, lastStatus: "UNKNOWN", lastCheckedAt: null, expectedStatus: 200 });
    await deleteMonitor(admin, check.id);
  });
});

describe("uptime", () => {
  it("is the share of available checks over 24 hours and 7 days; results past 8 days are pruned", async () => {
    const check = await db.serviceCheck.create({ data: { name: "Historique", kind: "TCP", target: "127.0.0.1:9", enabled: false } });
    const now = at(30 * DAY);
    const result = (ago: number, status: "UP" | "DOWN" | "DEGRADED" | "UNKNOWN") => ({
      checkId: check.id,
      status,
      latencyMs: status === "DOWN" ? null : 20,
      checkedAt: new Date(now.getTime() - ago),
    });
    await db.serviceCheckResult.createMany({
      data: [
        result(1 * HOUR, "UP"),
        result(2 * HOUR, "DEGRADED"),
        result(3 * HOUR, "UP"),
        result(4 * HOUR, "DOWN"),
        result(5 * HOUR, "UNKNOWN"),
        result(3 * DAY, "DOWN"),
        result(4 * DAY, "DOWN"),
        result(5 * DAY, "DOWN"),
        result(6 * DAY, "DOWN"),
        result(9 * DAY, "UP"),
      ],
    });
    const view = (await listMonitors(support, now)).find((m) => m.id === check.id)!;
    expect(view.uptime24h).toBe(75);
    expect(view.uptime7d).toBe(37.5);
    expect(view.history.filter((p) => p.down)).toHaveLength(1);

    expect((await runDueChecks(now)).pruned).toBe(1);
    expect(await db.serviceCheckResult.count({ where: { checkId: check.id } })).toBe(9);
    const empty = await db.serviceCheck.create({ data: { name: "Jamais vérifié", kind: "TCP", target: "127.0.0.1:9", enabled: false } });
    expect((await listMonitors(support, now)).find((m) => m.id === empty.id)).toMatchObject({
      uptime24h: null,
      uptime7d: null,
      status: "UNKNOWN",
    });
    await db.serviceCheck.deleteMany({ where: { id: { in: [check.id, empty.id] } } });
  });
});

describe("rights", () => {
  it("lets sellers and support read monitors, and admins alone manage them", async () => {
    const input = monitor({ name: "Partenaire", kind: "TCP", target: "127.0.0.1:9" });
    await expectAppError(createMonitor(seller, input), "FORBIDDEN");
    await expectAppError(createMonitor(support, input), "FORBIDDEN");
    const customer = await createUser("CUSTOMER");
    await expectAppError(listMonitors(customer), "FORBIDDEN");
    const check = await createMonitor(admin, input);
    expect((await listMonitors(seller)).map((m) => m.name)).toContain("Partenaire");
    const settings = monitorUpdateSchema.parse({ name: "Partenaire", intervalSeconds: 60, timeoutMs: 1000 });
    await expectAppError(updateMonitor(seller, check.id, settings), "FORBIDDEN");
    await expectAppError(checkMonitorNow(support, check.id), "FORBIDDEN");
    await expectAppError(deleteMonitor(seller, check.id), "FORBIDDEN");
    expect(await db.serviceCheck.count({ where: { id: check.id } })).toBe(1);
    expect((await checkMonitorNow(admin, check.id)).lastStatus).toBe("DOWN");
    await deleteMonitor(admin, check.id);
    expect(await db.serviceCheck.count({ where: { id: check.id } })).toBe(0);
  });
});
