import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAlertRule } from "@/lib/livepulse/alerts/create-alert-rule";
import { evaluateAlerts } from "@/lib/livepulse/alerts/evaluate-alerts";
import { alertRuleSchema } from "@/lib/livepulse/alerts/schemas";
import { createMonitor } from "@/lib/livepulse/monitors/create-monitor";
import { runCheck } from "@/lib/livepulse/monitors/run-check";
import { monitorSchema, monitorUpdateSchema } from "@/lib/livepulse/monitors/schemas";
import { updateMonitor } from "@/lib/livepulse/monitors/update-monitor";
import { streamHub } from "@/lib/realtime/stream-hub";
import { createUser } from "./helpers";

const DAY = 86_400_000;
const monitor = (input: Record<string, unknown>) => monitorSchema.parse({ timeoutMs: 3000, intervalSeconds: 30, ...input });
const stateOf = (id: string) => db.serviceCheck.findUniqueOrThrow({ where: { id } });

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}
async function close(server: Server) {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

let admin: Awaited<ReturnType<typeof createUser>>;
let body = "";
const dir = mkdtempSync(join(tmpdir(), "monitor-tls-"));
let https: Server;
let http: Server;
let httpsPort = 0;
let httpPort = 0;

beforeAll(async () => {
  admin = await createUser("ADMIN");
  // A self-signed certificate valid for 10 days, made for this test.
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "10", "-subj", "/CN=localhost", "-keyout", "key.pem", "-out", "cert.pem"],
    { cwd: dir, stdio: "ignore" },
  );
  https = createHttpsServer({ key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) }, (_, res) =>
    res.end("secure"),
  );
  http = createHttpServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(body));
  httpsPort = await listen(https);
  httpPort = await listen(http);
});

afterAll(async () => {
  await close(https);
  await close(http);
  rmSync(dir, { recursive: true, force: true });
  await streamHub().close();
});

describe("an HTTPS monitor", () => {
  it("records its certificate's expiry, even self-signed, and a CERT_DAYS_LEFT rule fires under its threshold", async () => {
    const check = await createMonitor(
      admin,
      monitor({ name: "Portail sécurisé", kind: "HTTP", target: `https://127.0.0.1:${httpsPort}/` }),
    );
    const now = new Date();
    await runCheck(check, now);
    const state = await stateOf(check.id);
    // The certificate is not trusted: the check stays down, as any TLS failure does, but its date is read.
    expect(state.lastStatus).toBe("DOWN");
    expect(state.certExpiresAt).not.toBeNull();
    const days = (state.certExpiresAt!.getTime() - now.getTime()) / DAY;
    expect(days).toBeGreaterThan(9);
    expect(days).toBeLessThanOrEqual(10.01);

    const rule = await createAlertRule(
      admin,
      alertRuleSchema.parse({
        name: "Certificat bientôt expiré",
        metric: "CERT_DAYS_LEFT",
        comparator: "LT",
        threshold: 14,
        windowMinutes: 1,
        serviceCheckId: check.id,
      }),
    );
    await evaluateAlerts(new Date());
    const alerts = await db.alert.findMany({ where: { ruleId: rule.id } });
    expect(alerts.map((a) => a.status)).toEqual(["FIRING"]);
    expect((await db.alertRule.findUniqueOrThrow({ where: { id: rule.id } })).lastValue).toBeGreaterThanOrEqual(9);

    // A rule with a threshold below the days left stays quiet.
    const quiet = await createAlertRule(
      admin,
      alertRuleSchema.parse({ name: "Certificat expire", metric: "CERT_DAYS_LEFT", comparator: "LT", threshold: 3, windowMinutes: 1 }),
    );
    await evaluateAlerts(new Date());
    expect(await db.alert.count({ where: { ruleId: quiet.id } })).toBe(0);
  });

  it("records no certificate for a plain HTTP target", async () => {
    body = "hello";
    const check = await createMonitor(admin, monitor({ name: "Site en clair", kind: "HTTP", target: `http://127.0.0.1:${httpPort}/` }));
    await runCheck(check);
    expect(await stateOf(check.id)).toMatchObject({ lastStatus: "UP", certExpiresAt: null });
  });
});

describe("a keyword monitor", () => {
  it("is up when the keyword is present, down with the reason when it is missing", async () => {
    const check = await createMonitor(
      admin,
      monitor({ name: "Accueil", kind: "HTTP", target: `http://127.0.0.1:${httpPort}/`, keyword: "Bienvenue" }),
    );
    expect(check).toMatchObject({ keyword: "Bienvenue", keywordMode: "PRESENT" });
    body = "<h1>Bienvenue chez nous</h1>";
    await runCheck(check);
    expect(await stateOf(check.id)).toMatchObject({ lastStatus: "UP", lastError: null });
    body = "<h1>Maintenance</h1>";
    await runCheck(check);
    expect(await stateOf(check.id)).toMatchObject({ lastStatus: "DOWN", lastError: 'keyword "Bienvenue" not found' });
  });

  it("in ABSENT mode is down when the keyword shows up", async () => {
    const check = await createMonitor(
      admin,
      monitor({ name: "Sans erreur", kind: "HTTP", target: `http://127.0.0.1:${httpPort}/`, keyword: "Erreur", keywordMode: "ABSENT" }),
    );
    body = "tout va bien";
    await runCheck(check);
    expect(await stateOf(check.id)).toMatchObject({ lastStatus: "UP", lastError: null });
    body = "Erreur interne";
    await runCheck(check);
    expect(await stateOf(check.id)).toMatchObject({ lastStatus: "DOWN", lastError: 'keyword "Erreur" found' });
  });

  it("is kept on update unless changed, and dropped for a TCP monitor", async () => {
    const check = await createMonitor(
      admin,
      monitor({ name: "Gardé", kind: "HTTP", target: `http://127.0.0.1:${httpPort}/`, keyword: "ok", keywordMode: "ABSENT" }),
    );
    const settings = { name: "Gardé", intervalSeconds: 30, timeoutMs: 3000 };
    expect(await updateMonitor(admin, check.id, monitorUpdateSchema.parse(settings))).toMatchObject({
      keyword: "ok",
      keywordMode: "ABSENT",
    });
    expect(await updateMonitor(admin, check.id, monitorUpdateSchema.parse({ ...settings, keyword: "" }))).toMatchObject({
      keyword: null,
      keywordMode: null,
    });
    const tcp = monitorSchema.parse({ ...settings, kind: "TCP", target: "127.0.0.1:5432", keyword: "x" });
    expect(tcp).toMatchObject({ keyword: null, keywordMode: null });
  });

  it("refuses a keyword too long or an unknown mode, naming the field", () => {
    const result = monitorSchema.safeParse({
      name: "Trop long",
      kind: "HTTP",
      target: "https://example.com",
      intervalSeconds: 30,
      timeoutMs: 1000,
      keyword: "x".repeat(201),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["keyword"]);
    const mode = monitorSchema.safeParse({
      name: "Mode",
      kind: "HTTP",
      target: "https://example.com",
      intervalSeconds: 30,
      timeoutMs: 1000,
      keywordMode: "MAYBE",
    });
    expect(mode.error?.issues.map((i) => i.path.join("."))).toEqual(["keywordMode"]);
  });
});
