/**
 * `npm run test:cluster`: two app instances behind nginx on one PostgreSQL database, all on
 * 127.0.0.1, and what running more than one instance must hold, each as a printed, asserted check:
 *
 *   - a session signed in on one instance is valid on the other and through the proxy, and signing
 *     out on one is seen by the other;
 *   - an event written through instance A reaches a browser (Debian's Chromium) on instance B;
 *   - exactly one instance leads the exclusive jobs, and the other takes over when it is killed;
 *   - the login throttle and the metrics add up across instances;
 *   - killing an instance under a write load through the proxy loses no acknowledged write, and the
 *     proxy routes around it;
 *   - `npm run smoke` passes through the proxy;
 *
 * then again with realtime over two soketi servers sharing their channels through Redis (each
 * instance on its own soketi): the session and the cross-instance event.
 *
 * The database is created for the run (TEST_DATABASE_URL names the server; default
 * postgres://postgres@127.0.0.1:5432/postgres) and dropped; the production build is made when missing
 * or stale; nginx (deploy/nginx.conf) runs in the foreground with everything it writes in a
 * temporary directory. Every process started here is stopped at the end, checked with ps. Redis:
 * CLUSTER_REDIS_HOST / CLUSTER_REDIS_PORT (127.0.0.1:6379). Exits 1 when any check failed.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { Client } from "pg";
import { chromiumLaunchOptions } from "../e2e/browser";
import { hashPassword } from "../lib/auth/password";
import { demoUsers } from "../prisma/seed/demo-users";
import { freePort } from "./bench/servers";
import { buildIsStale } from "./build-state";
import { writeNginxConfig } from "./cluster/nginx";
import { Processes, waitFor, type Child } from "./cluster/processes";
import { HttpSession } from "./http-session";
import { migrateDeploy } from "./migrate";
import { ensureSoketiInstalled, pusherEnv, soketiCommand, waitForSoketi } from "./soketi";

const root = path.resolve(import.meta.dirname, "..");
const nextCli = path.join(root, "node_modules", "next", "dist", "bin", "next");
const startedAt = performance.now();
const run = `${Date.now().toString(36)}${process.pid.toString(36)}`;
const server = new URL(process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres");
const databaseName = `cluster_${run}`;
const databaseUrl = Object.assign(new URL(server), { pathname: `/${databaseName}` }).toString();
const redis = { host: process.env.CLUSTER_REDIS_HOST ?? "127.0.0.1", port: Number(process.env.CLUSTER_REDIS_PORT ?? 6379) };
const work = mkdtempSync(path.join(tmpdir(), "orbite-cluster-"));
const processes = new Processes();

/** The jobs' advisory lock key (lib/jobs/index.ts): pg_locks shows a one-bigint key as classid 0, objid key, objsubid 1. */
const leadershipKey = 0x6f72_6269;
const leadsMessage = "jobs: this instance leads the exclusive jobs";
const loginMaxFailures = 6;
const metricsToken = randomBytes(24).toString("hex");
const password = `cluster-${randomBytes(6).toString("hex")}`;
const [customerLogin, , supportLogin, adminLogin] = demoUsers;
/** Every instance signs and reads session cookies with it. */
const sharedSecret = randomBytes(32).toString("base64");
/** Customers of the test (the write load), and the account whose sign-ins are throttled. */
const loadCustomers = Array.from({ length: 3 }, (_, i) => `cluster-customer-${i + 1}-${run}@example.test`);
const throttledEmail = `throttle-${run}@example.test`;

// ---------------------------------------------------------------------------------------------- output

let passed = 0;
let failed = 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const elapsed = () => seconds(performance.now() - startedAt);

function step(line: string) {
  console.log(`· ${line} [${elapsed()}]`);
}

class CheckFailure extends Error {}
function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

/** One printed, asserted check: ✔ or ✘, what, what was seen, how long. */
async function check(title: string, body: () => Promise<string>): Promise<boolean> {
  const started = performance.now();
  try {
    const detail = await body();
    passed++;
    console.log(`✔ ${title} (${Math.round(performance.now() - started)} ms)\n    ${detail.replace(/\n/g, "\n    ")}`);
    return true;
  } catch (error) {
    failed++;
    const message = error instanceof CheckFailure ? error.message : ((error as Error).stack ?? String(error));
    console.log(`✘ ${title} (${Math.round(performance.now() - started)} ms)\n    ${message.replace(/\n/g, "\n    ")}`);
    return false;
  }
}

// ---------------------------------------------------------------------------------------------- setup

/** Runs a command to its end; its output is shown as it comes, or (quiet) kept and shown only when it fails. */
function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv, quiet = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", quiet ? "pipe" : "inherit", quiet ? "pipe" : "inherit"] });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}\n${output}`)),
    );
  });
}

async function sql<T extends Record<string, unknown>>(text: string, values: unknown[] = [], url = databaseUrl): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The variables every instance shares, whatever the caller's environment holds. */
function instanceEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (/^(PUSHER_|DATABASE_|PGLITE_|TEST_DATABASE_URL$|PORT$)/.test(name)) delete env[name];
  return {
    ...env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: "5",
    AUTH_SECRET: sharedSecret,
    TRUSTED_PROXY_HOPS: "1",
    METRICS_TOKEN: metricsToken,
    // Flushed by the test (POST /api/test/jobs/metrics-flush) rather than by the clock.
    METRICS_FLUSH_MS: "600000",
    TEST_HOOKS: "1",
    // Exclusive jobs tick every second: a follower tries the leadership lock that often.
    MONITOR_TICK_SECONDS: "1",
    LOGIN_MAX_FAILURES: String(loginMaxFailures),
    LOG_LEVEL: "info",
  };
}

type Instance = { name: "A" | "B"; port: number; base: string; child: Child | null; extraEnv: Record<string, string> };

async function startInstance(instance: Instance): Promise<void> {
  const child = processes.spawn(
    `app ${instance.name}`,
    process.execPath,
    ["--import", "./server/socket-address.mjs", nextCli, "start", "-p", String(instance.port), "-H", "127.0.0.1"],
    { cwd: root, env: { ...instanceEnv(), ...instance.extraEnv } },
  );
  instance.child = child;
  try {
    await waitFor(
      `instance ${instance.name} to answer /api/health`,
      async () => {
        if (child.process.exitCode !== null) throw new CheckFailure(`exited with ${child.process.exitCode}`);
        const response = await fetch(`${instance.base}/api/health`, { signal: AbortSignal.timeout(2000) });
        return response.ok ? true : undefined;
      },
      90_000,
      200,
    );
  } catch (error) {
    console.log(`--- last lines of instance ${instance.name}:\n${child.lines.slice(-30).join("\n")}`);
    throw error;
  }
}

/** The backend pid an instance logged when it took the leadership, if it did. */
function ledWith(instance: Instance): number[] {
  const pids: number[] = [];
  for (const line of instance.child?.lines ?? []) {
    if (!line.includes(leadsMessage)) continue;
    try {
      pids.push((JSON.parse(line) as { backendPid: number }).backendPid);
    } catch {
      // not a log line of ours
    }
  }
  return pids;
}

async function lockHolders(): Promise<number[]> {
  const rows = await sql<{ pid: number }>(
    `SELECT pid FROM pg_locks
     WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid = $1 AND objsubid = 1
       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [leadershipKey],
  );
  return rows.map((row) => row.pid);
}

// ---------------------------------------------------------------------------------------------- checks

async function signedIn(base: string, email: string, pass: string): Promise<HttpSession> {
  const session = new HttpSession(base);
  const result = await session.signIn(email, pass);
  assert(result.ok, `${email} could not sign in on ${base}: ${JSON.stringify(result)}`);
  return session;
}

async function meOn(session: HttpSession): Promise<{ status: number; id?: string; email?: string }> {
  const { status, body } = await session.json<{ id?: string; email?: string }>("/api/me");
  return { status, id: body.id, email: body.email };
}

async function checkSessions(a: Instance, b: Instance, proxy: string) {
  await check("a session made on instance A works on B and through the proxy; signing out on A ends it on B", async () => {
    const onA = await signedIn(a.base, supportLogin.email, supportLogin.password);
    const meA = await meOn(onA);
    assert(meA.status === 200, `GET /api/me on A answered ${meA.status}`);
    const meB = await meOn(onA.on(b.base));
    assert(meB.status === 200 && meB.id === meA.id, `GET /api/me on B answered ${meB.status} for ${meB.email}`);
    const meProxy = await meOn(onA.on(proxy));
    assert(meProxy.status === 200 && meProxy.id === meA.id, `GET /api/me through the proxy answered ${meProxy.status}`);
    // A write carried by the session on B, with the Origin a page of B would send.
    const write = await onA.on(b.base).fetch("/api/notifications/read", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ all: true }),
    });
    await write.body?.cancel();
    assert(write.status < 300, `POST /api/notifications/read on B with A's session answered ${write.status}`);
    // Signing out drops the cookie here; a copy of it (another tab, a stolen cookie) is shown to B.
    const copy = new HttpSession(b.base, { cookies: new Map(onA.cookies) });
    await onA.signOut();
    const signedOutAt = performance.now();
    const refusedAfter = await waitFor(
      "B to refuse the signed-out session",
      async () => ((await meOn(copy)).status === 401 ? performance.now() - signedOutAt : undefined),
      5000,
      50,
    );
    return (
      `signed in on A as ${meA.email}; GET /api/me: A 200, B 200 (same user), proxy 200; a cookie-authenticated POST on B: ${write.status}\n` +
      `signed out on A: B refuses a copy of that session's cookie after ${Math.round(refusedAfter)} ms (instances cache a session's state 2 s at most)`
    );
  });
}

async function liveEventCheck(browser: Browser, a: Instance, b: Instance, transport: "stream" | "pusher") {
  await check(
    `a ticket opened through instance A appears live on the support page of instance B (${transport === "stream" ? "built-in stream" : "soketi + Redis"})`,
    async () => {
      const support = await signedIn(a.base, supportLogin.email, supportLogin.password);
      const customer = await signedIn(a.base, customerLogin.email, customerLogin.password);
      const context = await browser.newContext({ baseURL: b.base });
      try {
        await context.addCookies([...support.cookies].map(([name, value]) => ({ name, value, url: b.base })));
        const page = await context.newPage();
        const frames: string[] = [];
        let socketUrl = "";
        page.on("websocket", (socket) => {
          socketUrl = socket.url();
          socket.on("framereceived", (frame) => frames.push(String(frame.payload)));
        });
        const connected =
          transport === "stream"
            ? page.waitForResponse((r) => r.url().includes("/api/realtime/stream") && r.status() === 200, { timeout: 20_000 })
            : page.waitForResponse((r) => r.url().includes("/api/realtime/auth") && r.status() === 200, { timeout: 20_000 });
        await page.goto("/crm/tickets");
        const stream = await connected;
        if (transport === "pusher") {
          await waitFor(
            "the browser's subscription to private-staff",
            async () => (frames.some((f) => f.includes("subscription_succeeded") && f.includes("private-staff")) ? true : undefined),
            10_000,
          );
        }
        // Gone if the page were loaded again: the ticket must come without a reload.
        await page.evaluate(() => Object.assign(window, { clusterMarker: true }));
        const subject = `Cluster check ${transport} ${run}`;
        const sentAt = performance.now();
        const created = await customer.postJson("/api/crm/tickets", {
          subject,
          description: "Opened through instance A by the cluster test.",
        });
        const answer = await created.text();
        assert(created.status === 201, `POST /api/crm/tickets on A answered ${created.status}: ${answer.slice(0, 200)}`);
        const { reference } = JSON.parse(answer) as { reference?: string };
        await page.getByText(subject).first().waitFor({ timeout: 15_000 });
        const latency = performance.now() - sentAt;
        const kept = await page.evaluate(() => (window as unknown as { clusterMarker?: boolean }).clusterMarker === true);
        assert(kept, "the page was loaded again: the ticket did not come live");
        let via = `its EventSource on B (${new URL(stream.url()).pathname})`;
        if (transport === "pusher") {
          const delivered = frames.find((f) => f.includes("ticket.created"));
          assert(delivered, `no ticket.created frame reached the browser's WebSocket (${socketUrl})`);
          via = `its WebSocket to ${new URL(socketUrl).host} (B's soketi), which received ticket.created from A's soketi through Redis`;
        }
        return `customer POST /api/crm/tickets on A → 201 (${reference}); the support page served by B showed "${subject}" after ${Math.round(latency)} ms, without a reload, through ${via}`;
      } finally {
        await context.close();
      }
    },
  );
}

async function checkLeadership(instances: Instance[]) {
  await check("exactly one instance leads the exclusive jobs, and the other takes over when it is killed", async () => {
    const leader = await waitFor(
      "an instance to take the leadership",
      async () => instances.find((instance) => ledWith(instance).length > 0),
      20_000,
    );
    const follower = instances.find((instance) => instance !== leader)!;
    // The follower tries the lock every second: give it a few tries.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const [leaderPid] = ledWith(leader);
    const holders = await lockHolders();
    assert(ledWith(follower).length === 0, `instance ${follower.name} also logged that it leads`);
    assert(
      holders.length === 1 && holders[0] === leaderPid,
      `pg_locks holders ${JSON.stringify(holders)}, the leader logged backend ${leaderPid}`,
    );

    await processes.kill(leader.child!);
    const killedAt = performance.now();
    const takeover = await waitFor(
      `instance ${follower.name} to take over`,
      async () => (ledWith(follower).length > 0 ? performance.now() - killedAt : undefined),
      15_000,
      50,
    );
    const [followerPid] = ledWith(follower);
    const after = await lockHolders();
    assert(
      after.length === 1 && after[0] === followerPid,
      `after the kill pg_locks holders ${JSON.stringify(after)}, ${follower.name} logged ${followerPid}`,
    );

    const restart = performance.now();
    await startInstance(leader);
    const restartMs = performance.now() - restart;
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const settled = await lockHolders();
    assert(ledWith(leader).length === 0, `the restarted instance ${leader.name} took the leadership from ${follower.name}`);
    assert(settled.length === 1 && settled[0] === followerPid, `pg_locks holders ${JSON.stringify(settled)} after the restart`);
    return (
      `instance ${leader.name} leads (its lock connection, backend ${leaderPid}, is the only holder in pg_locks); ${follower.name} does not\n` +
      `SIGKILL ${leader.name} → ${follower.name} leads after ${seconds(takeover)} (backend ${followerPid}, the only holder)\n` +
      `${leader.name} restarted (healthy in ${seconds(restartMs)}) stays a follower`
    );
  });
}

async function checkLoginThrottle(a: Instance, b: Instance) {
  await check(
    `failed sign-ins add up across instances: refused at the configured limit (LOGIN_MAX_FAILURES=${loginMaxFailures})`,
    async () => {
      const email = throttledEmail;
      const address = `198.51.100.${1 + (process.pid % 250)}`;
      const codes: string[] = [];
      for (let attempt = 1; attempt <= loginMaxFailures + 1; attempt++) {
        const instance = attempt % 2 === 1 ? a : b;
        // Sent to the instance directly, as nginx would: the client's address in X-Forwarded-For.
        const session = new HttpSession(instance.base, { headers: { "x-forwarded-for": address } });
        const result = await session.signIn(email, `wrong-${attempt}`);
        codes.push(`${instance.name}:${result.ok ? "signed in" : result.code}`);
      }
      const expected = [
        ...Array.from({ length: loginMaxFailures - 1 }, (_, i) => `${i % 2 === 0 ? "A" : "B"}:invalid_credentials`),
        `${loginMaxFailures % 2 === 1 ? "A" : "B"}:rate_limited`,
        `${(loginMaxFailures + 1) % 2 === 1 ? "A" : "B"}:rate_limited`,
      ];
      assert(JSON.stringify(codes) === JSON.stringify(expected), `answers ${codes.join(", ")}; expected ${expected.join(", ")}`);
      const right = await new HttpSession(a.base, { headers: { "x-forwarded-for": address } }).signIn(email, password);
      assert(!right.ok && right.code === "rate_limited", `the right password from the same address on A: ${JSON.stringify(right)}`);
      const elsewhere = await new HttpSession(b.base, { headers: { "x-forwarded-for": "203.0.113.9" } }).signIn(email, password);
      assert(elsewhere.ok, `the right password from another address on B was refused: ${JSON.stringify(elsewhere)}`);
      const [row] = await sql<{ count: number }>(`SELECT "count" FROM "RateLimit" WHERE "key" = $1`, [`login:pair:${email}|${address}`]);
      return (
        `wrong passwords for ${email} from ${address}, alternating A and B: ${codes.join(", ")}\n` +
        `the right password from that address on A: rate_limited; from another address on B: signed in; the shared counter holds ${row?.count}`
      );
    },
  );
}

type MetricRow = { instance: string; count: number };

async function checkMetrics(a: Instance, b: Instance) {
  await check("metrics add up: both instances' requests in the per-minute rows, and /api/metrics shows their sum on either", async () => {
    const flush = async (instance: Instance) => {
      const response = await fetch(`${instance.base}/api/test/jobs/metrics-flush`, { method: "POST" });
      assert(response.ok, `flushing ${instance.name}'s metrics answered ${response.status}`);
    };
    const perInstance = async () => {
      const rows = await sql<MetricRow>(
        `SELECT "instance", sum("count")::int AS "count" FROM "MetricMinute"
         WHERE "minute" >= date_trunc('minute', now()) - interval '4 minutes' GROUP BY "instance"`,
      );
      const of = (instance: Instance) => rows.find((row) => row.instance.includes(`-${instance.child!.pid}-`))?.count ?? 0;
      return { a: of(a), b: of(b), total: rows.reduce((sum, row) => sum + row.count, 0), rows: rows.length };
    };
    const fleetRate = async (instance: Instance) => {
      const response = await fetch(`${instance.base}/api/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
      const text = await response.text();
      assert(response.status === 200, `GET /api/metrics on ${instance.name} with the token answered ${response.status}`);
      const match = /^livepulse_requests_per_minute\{kind="all"\} (\S+)$/m.exec(text);
      assert(match, `no livepulse_requests_per_minute on ${instance.name}`);
      return Number(match[1]);
    };

    await Promise.all([flush(a), flush(b)]);
    const before = await perInstance();
    const sent = { a: 25, b: 15 };
    for (const [instance, count] of [
      [a, sent.a],
      [b, sent.b],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const response = await fetch(`${instance.base}/api/hosting/plans`);
        await response.body?.cancel();
        assert(response.ok, `GET /api/hosting/plans on ${instance.name} answered ${response.status}`);
      }
    }
    await Promise.all([flush(a), flush(b)]);
    const after = await perInstance();
    const [rateA, rateB] = await Promise.all([fleetRate(a), fleetRate(b)]);
    const delta = { a: after.a - before.a, b: after.b - before.b };
    // Each flush request is counted after its own flush: one more per instance.
    assert(delta.a >= sent.a && delta.a <= sent.a + 2, `A's rows grew by ${delta.a} for ${sent.a} requests`);
    assert(delta.b >= sent.b && delta.b <= sent.b + 2, `B's rows grew by ${delta.b} for ${sent.b} requests`);
    assert(after.a > 0 && after.b > 0 && after.total >= after.a + after.b, `rows ${JSON.stringify(after)}`);
    for (const [name, rate] of [
      ["A", rateA],
      ["B", rateB],
    ] as const) {
      assert(Math.round(rate * 5) === after.total, `/api/metrics on ${name} says ${rate}/min × 5 min, the rows hold ${after.total}`);
    }
    return (
      `${sent.a} requests to A and ${sent.b} to B, each instance flushed: A's rows +${delta.a}, B's +${delta.b}; the last 5 minutes hold ` +
      `A ${after.a} + B ${after.b} = ${after.total} requests (${after.rows} instances wrote rows)\n` +
      `GET /api/metrics (bearer METRICS_TOKEN) on A: ${rateA} requests/min, on B: ${rateB} requests/min = ${after.total} / 5 min on either`
    );
  });
}

const requestForm = {
  planSlug: "pro",
  contactName: "Cluster Customer",
  contactEmail: "cluster@example.test",
  cpuCores: 4,
  ramGb: 8,
  storageGb: 100,
  domainOption: "REGISTER",
  domainName: "cluster-example.fr",
  ssl: true,
  backup: true,
  cdn: false,
  billingCycle: "YEARLY",
};

type Attempt = { index: number; attempt: number; startedAt: number; status: number };

async function checkKillUnderLoad(victim: Instance, survivor: Instance, customers: HttpSession[], accessLog: string) {
  const total = 300;
  const concurrency = 6;
  const killAfter = 100;
  await check(`killing instance ${victim.name} under ${total} submissions through the proxy loses no acknowledged write`, async () => {
    const attempts: Attempt[] = [];
    const acknowledged = new Map<number, { id: string; status: number }>();
    const refused: string[] = [];
    let next = 0;
    let killedAt = Infinity;
    let kill: Promise<void> | null = null;
    const prefix = `${run}-load-`;

    async function submit(index: number) {
      const session = customers[index % customers.length];
      for (let attempt = 1; attempt <= 8; attempt++) {
        const startedAt = performance.now();
        let status = 0;
        let body: { id?: string; duplicate?: boolean } = {};
        try {
          const response = await session.postJson("/api/hosting/requests", { ...requestForm, idempotencyKey: `${prefix}${index}` });
          status = response.status;
          const text = await response.text();
          try {
            body = JSON.parse(text) as typeof body;
          } catch {
            body = {};
          }
        } catch {
          status = 0; // the connection failed
        }
        attempts.push({ index, attempt, startedAt, status });
        if (status === 200 || status === 201) {
          assert(body.id, `a ${status} without an id`);
          acknowledged.set(index, { id: body.id, status });
          if (acknowledged.size >= killAfter && !kill) {
            killedAt = performance.now();
            kill = processes.kill(victim.child!);
          }
          return;
        }
        // What a client does with a failed write: try again, with the same idempotency key.
        if (![0, 502, 503, 504].includes(status)) {
          refused.push(`#${index}: ${status} ${JSON.stringify(body).slice(0, 120)}`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }

    const loadStarted = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) await submit(next++);
      }),
    );
    const loadMs = performance.now() - loadStarted;
    await kill;
    assert(kill, `the load ended before ${killAfter} writes were acknowledged`);
    assert(refused.length === 0, `answers that are not retried: ${refused.slice(0, 5).join("; ")}`);

    const rows = await sql<{ id: string; key: string }>(
      `SELECT "id", "idempotencyKey" AS "key" FROM "HostingRequest" WHERE "idempotencyKey" LIKE $1`,
      [`${prefix}%`],
    );
    const stored = new Set(rows.map((row) => row.id));
    const keys = new Set(rows.map((row) => row.key));
    const lost = [...acknowledged.values()].filter(({ id }) => !stored.has(id));
    assert(lost.length === 0, `${lost.length} acknowledged writes are not in the database: ${lost.slice(0, 3).map((l) => l.id)}`);
    assert(rows.length === keys.size, `${rows.length} rows for ${keys.size} idempotency keys: duplicates`);
    assert(acknowledged.size === total, `${acknowledged.size} of ${total} submissions acknowledged in the end`);
    assert(rows.length === total, `${rows.length} rows for ${total} submissions`);

    const statuses = new Map<string, number>();
    for (const attempt of attempts)
      statuses.set(String(attempt.status || "no answer"), (statuses.get(String(attempt.status || "no answer")) ?? 0) + 1);
    const failedAttempts = attempts.filter((attempt) => attempt.status !== 200 && attempt.status !== 201);
    // Sent well after the kill: nginx must route them to the survivor at the first try.
    const late = attempts.filter((attempt) => attempt.startedAt > killedAt + 500);
    const lateFailures = late.filter((attempt) => attempt.status !== 200 && attempt.status !== 201);
    assert(late.length > 0, "no request was sent after the kill");
    assert(
      lateFailures.length === 0,
      `${lateFailures.length} of ${late.length} requests sent after the kill failed: ${JSON.stringify(lateFailures.slice(0, 3))}`,
    );
    const duplicates = [...acknowledged.values()].filter((ack) => ack.status === 200).length;
    // nginx's log: "POST <uri> <status> upstream=<address>[, <address>…] …", one address per instance tried.
    const posts = readFileSync(accessLog, "utf8")
      .split("\n")
      .map((line) => /^POST \/api\/hosting\/requests (\d+) upstream=(.*?) upstream_status=/.exec(line))
      .filter((match) => match !== null)
      .map((match) => ({ status: Number(match[1]), tried: match[2].split(", ") }));
    const [victimAddress, survivorAddress] = [victim, survivor].map((instance) => `127.0.0.1:${instance.port}`);
    const rerouted = posts.filter((post) => post.tried.join(" ") === `${victimAddress} ${survivorAddress}`);
    const cutOff = posts.filter((post) => post.status === 502 && post.tried.at(-1) === victimAddress).length;
    assert(
      cutOff === failedAttempts.filter((attempt) => attempt.status === 502).length,
      `the client saw ${failedAttempts.length} failures, nginx logged ${cutOff} answers 502 from ${victim.name}`,
    );
    const bySurvivor = posts.filter((post) => post.tried.at(-1) === survivorAddress && post.status < 300).length;

    return (
      `${total} POST /api/hosting/requests through nginx, ${concurrency} at a time, ${customers.length} customers, each with its idempotency key, in ${seconds(loadMs)}; ` +
      `SIGKILL ${victim.name} once ${killAfter} were acknowledged\n` +
      `answers: ${[...statuses].map(([status, count]) => `${count} × ${status}`).join(", ")}; the ${failedAttempts.length} failed ones were in flight on ${victim.name} ` +
      `(nginx's log: ${cutOff} × 502 from ${victim.name}; it does not resend a POST) and were retried by the client with the same key: ` +
      `${duplicates} had been committed (200, the same id), ${failedAttempts.length - duplicates} had not (201)\n` +
      `${acknowledged.size} acknowledged = ${rows.length} rows, every acknowledged id stored, no key twice\n` +
      `${late.length} requests sent 0.5 s or more after the kill: all answered 2xx at the first try; ` +
      (rerouted.length
        ? `nginx passed ${rerouted.length} POSTs on to ${survivor.name} when ${victim.name} refused the connection (nothing sent), `
        : `nginx sent none to ${victim.name} (left out after its failures: max_fails), `) +
      `${bySurvivor} of the ${posts.length} POSTs in its log answered by ${survivor.name}`
    );
  });
}

async function checkSmoke(proxy: string, label: string) {
  await check(`npm run smoke -- ${proxy} passes (${label})`, async () => {
    const lines: string[] = [];
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn("npm", ["run", "--silent", "smoke", "--", proxy], {
        cwd: root,
        env: {
          ...process.env,
          SMOKE_ADMIN_EMAIL: adminLogin.email,
          SMOKE_ADMIN_PASSWORD: adminLogin.password,
          SMOKE_METRICS_TOKEN: metricsToken,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout.on("data", (chunk: Buffer) => lines.push(...chunk.toString().split("\n").filter(Boolean)));
      child.stderr.on("data", (chunk: Buffer) => lines.push(...chunk.toString().split("\n").filter(Boolean)));
      child.on("error", reject);
      child.on("exit", (exitCode) => resolve(exitCode ?? 1));
    });
    assert(code === 0, `exit code ${code}:\n${lines.join("\n")}`);
    return lines.join("\n");
  });
}

// ---------------------------------------------------------------------------------------------- main

/** Accounts of the test, beside the seed's: all customers, all with `password`. */
async function createCustomers(emails: string[]): Promise<void> {
  const hash = await hashPassword(password);
  for (const [i, email] of emails.entries()) {
    await sql(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "company", "updatedAt")
       VALUES ($1, $2, $3, $4, 'CUSTOMER', $5, now())`,
      [`cluster${run}${i}`, email, `Cluster customer ${i + 1}`, hash, `Cluster ${i + 1}`],
    );
  }
}

async function setUpDatabase(): Promise<void> {
  step(`database ${databaseName}: create, migrate, seed`);
  await sql(`CREATE DATABASE "${databaseName}"`, [], server.toString());
  const toolEnv: NodeJS.ProcessEnv = { ...instanceEnv(), NODE_ENV: "development" };
  await migrateDeploy({ env: toolEnv, quiet: true });
  const seeded = await runToEnd(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["--conditions=react-server", "prisma/seed.ts"],
    toolEnv,
    true,
  );
  const accounts = [...loadCustomers, throttledEmail];
  await createCustomers(accounts);
  step(`${seeded.split("\n").find((line) => line.startsWith("Seeded")) ?? "seeded"}; ${accounts.length} customers of the test`);
}

async function startNginx(proxyPort: number, upstreams: Instance[]): Promise<{ accessLog: string }> {
  const proxy = `http://127.0.0.1:${proxyPort}`;
  step(`nginx on ${proxy} with deploy/nginx.conf, upstream ${upstreams.map((instance) => instance.name).join(" and ")}`);
  const nginx = writeNginxConfig(path.join(work, "nginx"), {
    listen: `127.0.0.1:${proxyPort}`,
    serverName: "127.0.0.1",
    upstreams: upstreams.map((instance) => `127.0.0.1:${instance.port}`),
  });
  const child = processes.spawn("nginx", "nginx", nginx.args, { cwd: work, env: process.env });
  await waitFor(
    "nginx to answer",
    async () => {
      if (child.process.exitCode !== null) throw new Error(`nginx exited: ${child.lines.join("\n")}`);
      return (await fetch(`${proxy}/api/health`, { signal: AbortSignal.timeout(2000) })).ok ? true : undefined;
    },
    10_000,
  );
  return { accessLog: nginx.accessLog };
}

/** Two soketi servers sharing their channels through Redis; resolves with their ports once both answer. */
async function startSoketis(): Promise<[number, number]> {
  const [portA, portB, metricsA, metricsB] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const shared = { ...redis, prefix: `orbite-cluster-${run}` };
  step(`soketi on 127.0.0.1:${portA} and 127.0.0.1:${portB}, Redis adapter on ${redis.host}:${redis.port} (prefix ${shared.prefix})`);
  const servers = [
    { port: portA, metricsPort: metricsA },
    { port: portB, metricsPort: metricsB },
  ].map((ports, i) => {
    const { command, args, cwd, env } = soketiCommand({ ...ports, redis: shared });
    return { port: ports.port, child: processes.spawn(`soketi ${i + 1}`, command, args, { cwd, env }) };
  });
  await Promise.all(servers.map(({ child, port }) => waitForSoketi(child.process, port)));
  return [portA, portB];
}

async function main(): Promise<void> {
  console.log(
    `cluster test ${run}: load average ${loadavg()
      .map((v) => v.toFixed(2))
      .join(" ")}; work directory ${work}`,
  );
  if (!(await ensureSoketiInstalled())) throw new Error("tools/soketi could not be installed");
  if (buildIsStale(root)) {
    step("the production build is missing or stale: building");
    await runToEnd(process.execPath, [nextCli, "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  }
  await setUpDatabase();

  const [portA, portB, proxyPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const a: Instance = { name: "A", port: portA, base: `http://127.0.0.1:${portA}`, child: null, extraEnv: {} };
  const b: Instance = { name: "B", port: portB, base: `http://127.0.0.1:${portB}`, child: null, extraEnv: {} };
  const proxy = `http://127.0.0.1:${proxyPort}`;
  step(`instances A (${a.base}) and B (${b.base}): next start`);
  await Promise.all([startInstance(a), startInstance(b)]);
  const { accessLog } = await startNginx(proxyPort, [a, b]);
  // Interrupted, the test stops what it started itself (Playwright would otherwise exit first).
  const browser = await chromium.launch({ ...chromiumLaunchOptions, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  try {
    console.log("\n=== realtime built in (PostgreSQL LISTEN/NOTIFY)");
    await checkSessions(a, b, proxy);
    await liveEventCheck(browser, a, b, "stream");
    await checkLoginThrottle(a, b);
    await checkMetrics(a, b);
    await checkLeadership([a, b]);
    const customers = await Promise.all(loadCustomers.map((email) => signedIn(proxy, email, password)));
    await checkKillUnderLoad(a, b, customers, accessLog);
    await checkSmoke(proxy, "instance A down");

    console.log("\n=== realtime over soketi: two servers sharing channels through Redis, each instance on its own");
    step("stopping the instances (SIGTERM)");
    await Promise.all([a, b].map((instance) => (instance.child ? processes.stop(instance.child) : undefined)));
    const [soketiA, soketiB] = await startSoketis();
    a.extraEnv = pusherEnv(soketiA);
    b.extraEnv = pusherEnv(soketiB);
    step(`instances A (soketi ${soketiA}) and B (soketi ${soketiB})`);
    await Promise.all([startInstance(a), startInstance(b)]);
    await checkSessions(a, b, proxy);
    await liveEventCheck(browser, a, b, "pusher");
    await checkSmoke(proxy, "realtime over Pusher");
  } finally {
    await browser.close();
  }
}

let cleaning: Promise<void> | null = null;
/** Stops everything started here, drops the database, removes the directory: once, however the run ends. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await processes.stopAll();
    const dropped = await sql(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`, [], server.toString()).then(
      () => true,
      (error: unknown) => {
        console.log(`✘ could not drop ${databaseName}: ${(error as Error).message}`);
        return false;
      },
    );
    rmSync(work, { recursive: true, force: true });
    const left = processes.survivors();
    if (left.length > 0 || !dropped) failed++;
    if (left.length > 0) console.log(`✘ processes left behind:\n    ${left.join("\n    ")}`);
    else {
      console.log(
        `✔ clean up: every process started here has exited (ps shows none of its ${processes.groups.size} process groups)` +
          `${dropped ? ", database dropped" : ""}, temporary directory removed`,
      );
    }
  })();
  return cleaning;
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // Kept, not `once`: a second signal (tsx relays the first one) must not end the process mid-cleanup.
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.log(`\n${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  failed++;
  if (!interrupted) {
    console.log(`✘ the cluster could not be run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
} finally {
  await cleanUp();
}
console.log(`\n${failed === 0 ? "✔" : "✘"} cluster test: ${passed} checks passed, ${failed} failed, in ${elapsed()}`);
process.exit(interrupted ? 130 : failed === 0 ? 0 : 1);
