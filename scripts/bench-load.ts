/**
 * Load test of a running deployment, beside a bare Next.js app started here on this machine:
 *
 *   npm run bench:load -- https://orbite.example.com
 *
 * Each scenario runs DURATION seconds (default 10) at CONNECTIONS connections (default 20), four
 * times, interleaved app, bare, bare, app; the table gives the means of the two runs of each side.
 * The GET scenarios are measured beside the bare app's constant GET, the writes beside its one-INSERT
 * POST:
 *
 * - GET /pricing and GET /api/hosting/plans, signed out;
 * - POST /api/hosting/requests as customers, each request with its own idempotency key;
 * - GET /api/crm/leads as a seller;
 * - POST /api/crm/tickets/{id}/comments as support: public replies, in turn on TICKETS tickets
 *   (default 5) the customer opens for the run (closed at the end);
 * - realtime fan-out: LISTENERS streams (default 50; a list such as 10,100,1000 measures each count in
 *   turn) of the support account on the first ticket's channel, then FANOUT_EVENTS replies (default 5)
 *   one at a time, and the time until every listener had each. The app refuses more streams from one
 *   address than REALTIME_STREAMS_PER_ADDRESS (50 by default): start it with a higher figure to
 *   measure more listeners from this one machine. With PUSHER_KEY and PUSHER_HOST (and PUSHER_PORT,
 *   PUSHER_USE_TLS) set as the app's, the listeners are pusher-js clients of that server instead,
 *   authorized by the app. FANOUT_ONLY=1 measures the fan-out (and memory) without the scenarios.
 *   With BENCH_APP_DATABASE_URL naming the app's database on this machine, each delay is also taken
 *   from two stamps, between which the reply's commit lies (this machine's clock): the reply's row,
 *   stamped by the app inside the write's transaction, and, on the built-in stream, the event's row,
 *   stamped by the database in the statement that follows the commit (in its session's time zone).
 *
 * Accounts (the demo seed's by default): BENCH_CUSTOMER_EMAIL (several, comma-separated, share
 * BENCH_CUSTOMER_PASSWORD), BENCH_SELLER_EMAIL/BENCH_SELLER_PASSWORD, BENCH_SUPPORT_EMAIL/
 * BENCH_SUPPORT_PASSWORD. Memory before the load, after it and SETTLE seconds later (default 30;
 * 0 skips that reading): process_resident_memory_bytes from /api/metrics when it is exposed
 * (BENCH_METRICS_TOKEN, or the support session), and with a local base URL the RSS of the processes
 * BENCH_PIDS names (comma-separated, each with its children) and the bare app's, with their peak
 * during the load (read every 250 ms from /proc). The bare app's INSERT goes to a database created for the run on BENCH_DATABASE_URL's server
 * (default postgres://postgres@127.0.0.1:5432/postgres) and dropped after.
 */
import { type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { Pool } from "pg";
import { bareRoutes, bareTableSql, buildBareApp } from "./bench/bare-next";
import { fanOut, type FanOutResult, type PusherServer } from "./bench/fan-out";
import { freePort, loadAverage, log, processTree, procRssKiB, runSql, startNext, treeRssKiB } from "./bench/servers";
import { HttpSession } from "./http-session";
import { Refusal, runIfMain } from "./run-if-main";
import { percentile } from "./bench/percentile";

const seconds = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 20);
const listenerCounts = (process.env.LISTENERS ?? "50").split(",").map(Number);
const fanOutEvents = Number(process.env.FANOUT_EVENTS ?? 5);
/** FANOUT_ONLY=1: the realtime fan-out (and memory) alone, none of the HTTP scenarios. */
const fanOutOnly = process.env.FANOUT_ONLY === "1";
/** Seconds of quiet after the load before memory is read once more: what the servers give back. */
const settleSeconds = Number(process.env.SETTLE ?? 30);
/** The app publishes through this Pusher-protocol server (the same PUSHER_* variables as the app's): the listeners join it. */
const pusher: PusherServer | undefined =
  process.env.PUSHER_KEY && process.env.PUSHER_HOST
    ? {
        key: process.env.PUSHER_KEY,
        host: process.env.PUSHER_HOST,
        port: Number(process.env.PUSHER_PORT ?? 443),
        useTLS: !["false", "0"].includes(process.env.PUSHER_USE_TLS ?? "true"),
      }
    : undefined;
const ticketCount = Math.max(1, Number(process.env.TICKETS ?? 5));
const accounts = {
  customers: (process.env.BENCH_CUSTOMER_EMAIL ?? "client@orbite.test").split(",").map((e) => e.trim()),
  customerPassword: process.env.BENCH_CUSTOMER_PASSWORD ?? "client-demo-2026",
  seller: process.env.BENCH_SELLER_EMAIL ?? "vente@orbite.test",
  sellerPassword: process.env.BENCH_SELLER_PASSWORD ?? "vente-demo-2026",
  support: process.env.BENCH_SUPPORT_EMAIL ?? "support@orbite.test",
  supportPassword: process.env.BENCH_SUPPORT_PASSWORD ?? "support-demo-2026",
};
/** The app's own database, read for the moment each fan-out reply was written (see above). */
const appDatabaseUrl = process.env.BENCH_APP_DATABASE_URL;
const databaseServer = new URL(process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const runTag = `load-${Date.now()}`;
const bareDatabase = `bench_load_bare_${Date.now()}`;
const bareDatabaseUrl = Object.assign(new URL(databaseServer), { pathname: `/${bareDatabase}` }).toString();

type Target = {
  url: string;
  method: "GET" | "POST";
  /** One request per entry, in turn on each connection: its path (the URL's by default) and headers (a session's cookie). */
  variants: Array<{ path?: string; headers?: Record<string, string> }>;
  headers?: Record<string, string>;
  /** `[<id>]` is replaced by a unique id in each request. */
  body?: string;
};

type Shot = {
  rps: number;
  p50: number;
  p975: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
  /** Requests sent but never answered: in flight when the duration ended, or timed out. */
  unanswered: number;
};

type Scenario = {
  name: string;
  baseline: string;
  app: Target;
  bare: Target;
  /** Writes: what was created on each side, counted after the runs, against the 201 answers. */
  created?: { app: () => Promise<number>; bare: () => Promise<number> };
};

async function shoot(target: Target, duration: number, conns = connections): Promise<Shot> {
  const result = await autocannon({
    url: target.url,
    connections: conns,
    duration,
    timeout: 10,
    method: target.method,
    headers: target.headers ?? {},
    body: target.body,
    idReplacement: target.body?.includes("[<id>]") ?? false,
    requests: target.variants,
  });
  const statuses: Record<string, number> = {};
  for (const [status, { count = 0 }] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = count;
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    statuses,
    errors: result.errors,
    unanswered: Math.max(0, result.requests.sent - result.requests.total),
  };
}

const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const count = (shots: Shot[], which: (status: number) => boolean) =>
  shots.flatMap((s) => Object.entries(s.statuses)).reduce((n, [status, c]) => n + (which(Number(status)) ? c : 0), 0);
/**
 * Rows created against the 201 answers: at least one per 201, and at most one more per request left
 * unanswered (still in flight when a run's duration ended, or timed out), which may have committed.
 */
function createdCheck(shots: Shot[], created: number): string {
  const answered = count(shots, (status) => status === 201);
  const unanswered = shots.reduce((n, s) => n + s.unanswered, 0);
  const ok = created >= answered && created <= answered + unanswered;
  return `${answered} × 201 + ${unanswered} unanswered → ${created} created ${ok ? "✓" : "✗"}`;
}

/** "0", or "12 (429 × 10, 500 × 2)", and connection errors (timeouts included). */
function non2xx(shots: Shot[]): string {
  const others = shots
    .flatMap((s) => Object.entries(s.statuses))
    .filter(([status]) => !status.startsWith("2"))
    .reduce<Record<string, number>>((all, [status, c]) => ({ ...all, [status]: (all[status] ?? 0) + c }), {});
  const total = Object.values(others).reduce((a, b) => a + b, 0);
  const detail = Object.entries(others).map(([status, c]) => `${status} × ${c}`);
  const errors = shots.reduce((n, s) => n + s.errors, 0);
  return `${total}${detail.length ? ` (${detail.join(", ")})` : ""}${errors ? `, ${errors} errors` : ""}`;
}

function line(name: string, shot: Shot) {
  log(
    `${name}: ${f(shot.rps)} req/s, p50 ${shot.p50} ms, p97.5 ${shot.p975} ms, p99 ${shot.p99} ms, answers ${JSON.stringify(shot.statuses)}` +
      `${shot.errors ? `, ${shot.errors} errors` : ""}; load ${loadAverage()}`,
  );
}

function mustAnswer<T>(what: string, { status, body }: { status: number; body: T }, expected = 200): T {
  if (status !== expected) throw new Error(`${what} answered ${status}: ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

async function signIn(base: string, email: string, password: string): Promise<HttpSession> {
  const session = new HttpSession(base, { timeoutMs: 30_000 });
  const result = await session.signIn(email, password);
  if (!result.ok) throw new Refusal(`signing in ${email} was refused (${result.status}, ${result.code ?? "no reason given"})`);
  return session;
}

type Memory = { what: string; before: number | null; peak: number | null; after: number | null; settled: number | null };

/** process_resident_memory_bytes of the instance that answered /api/metrics, in MiB; a note when absent. */
async function metricsRss(session: HttpSession, token: string | undefined): Promise<number | string> {
  const response = await (token
    ? new HttpSession(session.base).fetch("/api/metrics", { headers: { authorization: `Bearer ${token}` } })
    : session.fetch("/api/metrics"));
  const text = await response.text();
  if (response.status !== 200) return `/api/metrics answered ${response.status}`;
  const match = /^process_resident_memory_bytes(?:\{[^}]*\})? (\S+)$/m.exec(text);
  return match ? Number(match[1]) / 2 ** 20 : "/api/metrics exposes no process_resident_memory_bytes";
}

const isLocal = (base: string) => ["127.0.0.1", "localhost", "[::1]"].includes(new URL(base).hostname);

async function main() {
  const base = process.argv[2]?.replace(/\/+$/, "");
  if (!base || !/^https?:\/\//.test(base)) throw new Refusal("usage: npm run bench:load -- <base-url> (e.g. http://127.0.0.1:3000)");
  const origin = new URL(base).origin;
  const pids = (process.env.BENCH_PIDS ?? "")
    .split(",")
    .map((p) => Number(p.trim()))
    .filter((p) => p > 0);
  const memoryNotes: string[] = [];
  if (pids.length && !isLocal(base)) memoryNotes.push("BENCH_PIDS ignored: the base URL is not on this machine.");
  if (!pids.length && isLocal(base)) memoryNotes.push("BENCH_PIDS not given: the app's processes were not read.");
  const localPids = isLocal(base) ? pids : [];

  const startLoad = loadAverage();
  log(`load average at start: ${startLoad} (${cpus().length} cores); ${base}, ${seconds} s per run, ${connections} connections`);

  const customers: HttpSession[] = [];
  for (const email of accounts.customers) customers.push(await signIn(base, email, accounts.customerPassword));
  const seller = await signIn(base, accounts.seller, accounts.sellerPassword);
  const support = await signIn(base, accounts.support, accounts.supportPassword);
  const customer = customers[0];

  type Plan = { slug: string; cpuMin: number; ramMinGb: number; storageMinGb: number };
  const { plans } = mustAnswer("GET /api/hosting/plans", await customer.json<{ plans: Plan[] }>("/api/hosting/plans"));
  const plan = plans.find((p) => p.slug === "pro") ?? plans[0];
  if (!plan) throw new Error("no plan on sale: the hosting request scenario needs one");
  const tickets: string[] = [];
  for (let n = 1; n <= ticketCount; n++) {
    const { id } = mustAnswer(
      "POST /api/crm/tickets",
      await customer.json<{ id: string }>("/api/crm/tickets", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          subject: `Load test ${new Date().toISOString()} (${n}/${ticketCount})`,
          description: "Opened by the load test; its replies are the test's.",
        }),
      }),
      201,
    );
    tickets.push(id);
  }
  const ticket = { id: tickets[0] };
  const closeTickets = async () => {
    for (const id of tickets) {
      const closed = await support.json(`/api/crm/tickets/${id}`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status: "CLOSED" }),
      });
      if (closed.status !== 200) log(`closing ticket ${id} answered ${closed.status}`);
    }
    for (const session of [...customers, seller, support]) await session.signOut().catch(() => undefined);
  };
  log(`${ticketCount} tickets opened for the replies, the first for the fan-out too: ${tickets.join(", ")}`);

  const work = mkdtempSync(path.join(tmpdir(), "bench-load-"));
  const children: ChildProcess[] = [];
  let bareDatabaseCreated = false;
  let pool: Pool | undefined;
  let appPool: Pool | undefined;
  const stopAll = async () => {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all([pool?.end(), appPool?.end()]).catch(() => undefined);
    pool = appPool = undefined;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (bareDatabaseCreated)
      await runSql(databaseServer.toString(), `DROP DATABASE IF EXISTS "${bareDatabase}" WITH (FORCE)`).catch((error: unknown) =>
        console.error(error),
      );
    rmSync(work, { recursive: true, force: true });
  };
  const interrupted = () => void stopAll().finally(() => process.exit(130));
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  try {
    await runSql(databaseServer.toString(), `CREATE DATABASE "${bareDatabase}"`);
    bareDatabaseCreated = true;
    pool = new Pool({ connectionString: bareDatabaseUrl, max: 1 });
    pool.on("error", () => undefined);
    await pool.query(bareTableSql);
    if (appDatabaseUrl) {
      appPool = new Pool({ connectionString: appDatabaseUrl, max: 1 });
      appPool.on("error", () => undefined);
    }
    const bareDir = path.join(work, "bare");
    await buildBareApp(bareDir);
    const bareBase = await startNext(
      { name: "bare", cwd: bareDir, env: { ...process.env, DATABASE_URL: bareDatabaseUrl }, port: await freePort(), logDir: work },
      (child) => children.push(child),
    );
    const barePid = children[0].pid!;
    log(`bare Next.js app ${bareBase} (pid ${barePid}); its output in ${work}`);

    const memory: Memory[] = [];
    const metricsToken = process.env.BENCH_METRICS_TOKEN;
    const readMemory = async (when: "before" | "after" | "settled") => {
      const readings: Array<[string, number | null]> = [];
      const fromMetrics = await metricsRss(support, metricsToken).catch((error: Error) => `/api/metrics: ${error.message}`);
      if (typeof fromMetrics === "number")
        readings.push(["app, the instance answering /api/metrics (process_resident_memory_bytes)", fromMetrics]);
      else if (when === "before") memoryNotes.push(`${fromMetrics}.`);
      for (const pid of localPids) {
        const kib = treeRssKiB(pid);
        readings.push([`app, pid ${pid} with its children (ps rss)`, kib === null ? null : kib / 1024]);
      }
      const bareKib = treeRssKiB(barePid);
      readings.push(["bare Next.js app (ps rss)", bareKib === null ? null : bareKib / 1024]);
      for (const [what, mib] of readings) {
        const row =
          memory.find((m) => m.what === what) ?? memory[memory.push({ what, before: null, peak: null, after: null, settled: null }) - 1];
        row[when] = mib;
      }
    };
    await readMemory("before");
    // The peak of each process tree read with ps above, every 250 ms until the load ends.
    const watched = [
      ...localPids.map((pid) => ({ what: `app, pid ${pid} with its children (ps rss)`, pids: processTree(pid) })),
      { what: "bare Next.js app (ps rss)", pids: processTree(barePid) },
    ];
    const samplePeaks = () => {
      for (const { what, pids } of watched) {
        const kib = procRssKiB(pids);
        const row = memory.find((m) => m.what === what);
        if (row && kib !== null) row.peak = Math.max(row.peak ?? 0, kib / 1024);
      }
    };
    const peakTimer = setInterval(samplePeaks, 250);

    const json = { "content-type": "application/json", origin };
    const cookie = (s: HttpSession) => ({ headers: { cookie: s.cookieHeader() } });
    const bareGet: Target = { url: `${bareBase}${bareRoutes.constant}`, method: "GET", variants: [{}] };
    const bareInsert = (prefix: string): Target => ({
      url: `${bareBase}${bareRoutes.insert}`,
      method: "POST",
      variants: [{}],
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ idempotencyKey: `${prefix}-[<id>]` }),
    });
    const bareRows = (prefix: string) => async () =>
      (await pool!.query<{ n: number }>("SELECT count(*)::int AS n FROM bench_bare WHERE key LIKE $1", [`${prefix}-%`])).rows[0].n;
    const requestsTotal = async () =>
      (
        await Promise.all(
          customers.map(
            async (c) => mustAnswer("GET /api/hosting/requests", await c.json<{ total: number }>("/api/hosting/requests?pageSize=1")).total,
          ),
        )
      ).reduce((a, b) => a + b, 0);
    const commentsOnTickets = async () => {
      let total = 0;
      for (const id of tickets)
        total += mustAnswer("GET /api/crm/tickets/{id}", await support.json<{ comments: unknown[] }>(`/api/crm/tickets/${id}`)).comments
          .length;
      return total;
    };

    const form = {
      planSlug: plan.slug,
      contactName: "Load Test",
      contactEmail: "load-test@example.test",
      cpuCores: plan.cpuMin,
      ramGb: plan.ramMinGb,
      storageGb: plan.storageMinGb,
      domainOption: "EXISTING",
      domainName: "load-test.example",
      ssl: true,
      backup: false,
      cdn: false,
      billingCycle: "MONTHLY",
    };
    const scenarios: Scenario[] = [
      { name: "GET /pricing", baseline: "GET constant", app: { url: `${base}/pricing`, method: "GET", variants: [{}] }, bare: bareGet },
      {
        name: "GET /api/hosting/plans",
        baseline: "GET constant",
        app: { url: `${base}/api/hosting/plans`, method: "GET", variants: [{}] },
        bare: bareGet,
      },
      {
        name: "POST /api/hosting/requests (customer)",
        baseline: "POST one INSERT",
        app: {
          url: `${base}/api/hosting/requests`,
          method: "POST",
          variants: customers.map(cookie),
          headers: json,
          body: JSON.stringify({ ...form, idempotencyKey: `${runTag}-[<id>]` }),
        },
        bare: bareInsert(`${runTag}-requests`),
        created: { app: requestsTotal, bare: bareRows(`${runTag}-requests`) },
      },
      {
        name: "GET /api/crm/leads (seller)",
        baseline: "GET constant",
        app: { url: `${base}/api/crm/leads`, method: "GET", variants: [cookie(seller)] },
        bare: bareGet,
      },
      {
        name: "POST /api/crm/tickets/{id}/comments (support)",
        baseline: "POST one INSERT",
        app: {
          url: `${base}/api/crm/tickets/${ticket.id}/comments`,
          method: "POST",
          variants: tickets.map((id) => ({ path: new URL(`${base}/api/crm/tickets/${id}/comments`).pathname, ...cookie(support) })),
          headers: json,
          body: JSON.stringify({ body: "Load test reply [<id>]", internal: false }),
        },
        bare: bareInsert(`${runTag}-comments`),
        created: { app: commentsOnTickets, bare: bareRows(`${runTag}-comments`) },
      },
    ];

    const measured = fanOutOnly ? [] : scenarios;
    log("warming up (2 s per route, not counted)");
    for (const scenario of measured) await shoot(scenario.app, 2, Math.min(connections, 5));
    if (measured.length) {
      await shoot(bareGet, 2, 5);
      await shoot(bareInsert(`${runTag}-warm-up`), 2, 5);
    }

    const results = [];
    for (const scenario of measured) {
      log(scenario.name);
      const before = scenario.created && { app: await scenario.created.app(), bare: await scenario.created.bare() };
      const a1 = await shoot(scenario.app, seconds);
      line("  app ", a1);
      const b1 = await shoot(scenario.bare, seconds);
      line("  bare", b1);
      const b2 = await shoot(scenario.bare, seconds);
      line("  bare", b2);
      const a2 = await shoot(scenario.app, seconds);
      line("  app ", a2);
      let created: string | undefined;
      if (scenario.created && before) {
        // Requests in flight when a run ended, or timed out, may still commit: give the server a moment before counting.
        const waitMs = a1.errors + a2.errors + b1.errors + b2.errors > 0 ? 5000 : 2000;
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        const app = (await scenario.created.app()) - before.app;
        const bare = (await scenario.created.bare()) - before.bare;
        created = `app ${createdCheck([a1, a2], app)}; bare ${createdCheck([b1, b2], bare)}`;
        log(`  ${created}`);
      }
      results.push({ scenario, app: [a1, a2], bare: [b1, b2], created });
    }

    const fans: Array<{ listeners: number; result: FanOutResult | Error }> = [];
    for (const listeners of listenerCounts) {
      log(
        `fan-out: ${listeners} ${pusher ? `pusher-js clients of ${pusher.host}:${pusher.port}` : "streams"} of ${accounts.support} ` +
          `on private-ticket-${ticket.id}, ${fanOutEvents} replies`,
      );
      // With Pusher as the transport the stream answers 404: the rest of the results still count.
      const fan = await fanOut({
        session: support,
        channel: `private-ticket-${ticket.id}`,
        listeners,
        pusher,
        events: fanOutEvents,
        event: "ticket.comment",
        idField: "commentId",
        publish: async () => {
          const sentAt = performance.now();
          const { id } = mustAnswer(
            "POST /api/crm/tickets/{id}/comments",
            await support.json<{ id: string }>(`/api/crm/tickets/${ticket.id}/comments`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ body: "Load test: fan-out", internal: false }),
            }),
            201,
          );
          const answeredMs = performance.now() - sentAt;
          return { id, sentAt, answeredMs, stamps: appPool ? await stampsOf(appPool, ticket.id, id) : undefined };
        },
      }).catch((error: Error) => error);
      if (fan instanceof Error) log(`fan-out not measured: ${fan.message}`);
      else
        log(
          `fan-out: all had it after ${fan.allHadIt.map((ms) => (ms === null ? "never" : `${f(ms)} ms`)).join(", ")}; ` +
            `${fan.missing} missing, ${fan.failedListeners} listeners closed`,
        );
      fans.push({ listeners, result: fan });
    }

    samplePeaks();
    clearInterval(peakTimer);
    await readMemory("after");
    if (settleSeconds > 0) {
      log(`memory read after the load; again in ${settleSeconds} s`);
      await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
      await readMemory("settled");
    }

    const endLoad = loadAverage();
    console.log(
      `\nLoad test of ${base}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, beside a bare Next.js app on this machine; ` +
        `${seconds} s per run at ${connections} connections, interleaved app/bare/bare/app (means of the two runs of each side).`,
    );
    console.log(`Load average (1, 5, 15 min) at start ${startLoad}, at end ${endLoad}; ${cpus().length} cores.\n`);
    if (results.length) console.log(scenarioTable(results));
    const writes = results.filter((r) => r.created);
    if (writes.length) console.log(`\n${writes.map((r) => `- ${r.scenario.name}: ${r.created}`).join("\n")}`);
    console.log(`\n${fanOutTable(fans)}`);
    console.log(`\n${memoryTable(memory)}`);
    if (memoryNotes.length) console.log(`\n${memoryNotes.join(" ")}`);
    const loaded = Math.max(Number(startLoad.split(" ")[0]), Number(endLoad.split(" ")[0]));
    if (loaded > 3) console.log(`\nThe load average went above 3 (${loaded}): absolute figures are noise, only the ratios mean something.`);
  } finally {
    await closeTickets().catch((error: Error) => log(`closing the tickets: ${error.message}`));
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await stopAll();
  }
}

/** The stamps of a fan-out reply's row (UTC, by the app) and of its event's row (by the database, in its session's zone). */
async function stampsOf(pool: Pool, ticketId: string, commentId: string): Promise<{ written?: number; published?: number }> {
  const { rows } = await pool.query<{ written: number | null; published: number | null }>(
    `SELECT extract(epoch FROM c."createdAt") * 1000 AS written,
       (SELECT extract(epoch FROM e."createdAt" AT TIME ZONE current_setting('TimeZone')) * 1000 FROM "RealtimeEvent" e
         WHERE e."channel" = $2 AND e."event" = 'ticket.comment' AND e."data"->>'commentId' = c."id") AS published
     FROM "TicketComment" c WHERE c."id" = $1`,
    [commentId, `private-ticket-${ticketId}`],
  );
  const clock = (epochMs: number | null | undefined) => (epochMs == null ? undefined : Number(epochMs) - performance.timeOrigin);
  return { written: clock(rows[0]?.written), published: clock(rows[0]?.published) };
}

function scenarioTable(rows: Array<{ scenario: Scenario; app: Shot[]; bare: Shot[] }>): string {
  const lines = [
    "| scenario | bare baseline | app req/s | bare req/s | req/s app ÷ bare | app p50 / p97.5 / p99 ms | bare p50 / p97.5 / p99 ms | app non-2xx | bare non-2xx |",
    "| --- | --- | --: | --: | --: | --: | --: | --- | --- |",
  ];
  for (const { scenario, app, bare } of rows) {
    const [a, b] = [app, bare].map((shots) => ({
      rps: mean(shots.map((s) => s.rps)),
      latency: [mean(shots.map((s) => s.p50)), mean(shots.map((s) => s.p975)), mean(shots.map((s) => s.p99))].map(f).join(" / "),
    }));
    lines.push(
      `| ${scenario.name} | ${scenario.baseline} | ${f(a.rps)} | ${f(b.rps)} | ${(a.rps / b.rps).toFixed(2)} | ${a.latency} | ${b.latency} | ` +
        `${non2xx(app)} | ${non2xx(bare)} |`,
    );
  }
  return lines.join("\n");
}

function fanOutTable(fans: Array<{ listeners: number; result: FanOutResult | Error }>): string {
  const stat = (values: number[], p: number) => (values.length ? f(percentile(values, p)) : "—");
  const transport = `public reply → ticket channel, ${pusher ? `Pusher protocol (${pusher.host}:${pusher.port})` : "built-in stream"}`;
  const row = (listeners: number, fan: FanOutResult | Error) => {
    if (fan instanceof Error) return `| ${transport} | ${listeners} | not measured: ${fan.message} | | | | | | | | |`;
    const from = (delays: number[]) => (delays.length ? `${stat(delays, 50)} / ${stat(delays, 99)}` : "—");
    const all = fan.allHadIt.filter((ms): ms is number => ms !== null);
    return (
      `| ${transport} | ${fan.listeners} | ${fan.events} | ${fan.delays.length} (${fan.missing}) | ${stat(fan.delays, 50)} | ` +
      `${stat(fan.delays, 99)} | ${fan.delays.length ? f(Math.max(...fan.delays)) : "—"} | ${from(fan.fromWritten)} | ${from(fan.fromPublished)} | ` +
      `${fan.allHadIt.map((ms) => (ms === null ? "never" : f(ms))).join(", ")}${all.length < fan.allHadIt.length ? " ✗" : ""} | ${stat(fan.publishMs, 50)} |`
    );
  };
  return [
    "| realtime fan-out | listeners | events | deliveries (missing) | delay p50 ms | p99 ms | max ms | from the reply's row (before its commit), p50 / p99 ms | from the event's row (after the commit), p50 / p99 ms | every listener had it, per event (ms) | reply answered, median ms |",
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- | --: |",
    ...fans.map(({ listeners, result }) => row(listeners, result)),
  ].join("\n");
}

function memoryTable(memory: Memory[]): string {
  const mib = (v: number | null) => (v === null ? "—" : v.toFixed(0));
  const settled = settleSeconds > 0 ? [` ${settleSeconds} s after MiB |`, " --: |"] : ["", ""];
  return [
    `| memory (RSS) | before MiB | peak MiB | after MiB |${settled[0]}`,
    `| --- | --: | --: | --: |${settled[1]}`,
    ...memory.map(
      (m) => `| ${m.what} | ${mib(m.before)} | ${mib(m.peak)} | ${mib(m.after)} |${settleSeconds > 0 ? ` ${mib(m.settled)} |` : ""}`,
    ),
  ].join("\n");
}

runIfMain(import.meta.url, main);
