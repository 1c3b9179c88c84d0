/**
 * Hosting request submissions under load. POST /api/hosting/requests of the production build on
 * PostgreSQL, beside a bare Next.js app whose one POST route does one INSERT through `pg` on the
 * same server, both started here and measured interleaved (app, bare, bare, app) at 10, 50 and 200
 * connections; then once more at 200 with the CPU saturated by busy processes. Every submission
 * carries its own idempotency key and the session of one of 10 customers, signed in through the
 * login form's endpoint. After every run the rows created are counted against the 2xx answers.
 *
 *   npm run bench:submit
 *
 * BENCH_DATABASE_URL names the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres);
 * a database is created there for the run and dropped after (KEEP=1 keeps it). REQUESTS sets the
 * submissions of each measurement (default 10 per connection, at least 1000; the saturated pass
 * sends as many as at 10 connections); LEVELS the connection counts (default 10,50,200); SPINNERS
 * the busy processes of the saturated pass (3; 0 skips it). The app is built first if its build is
 * stale. APP_DIR measures the build of another checkout instead (as it is, never rebuilt), e.g. the
 * main branch's for a before/after comparison.
 *
 * TRACE=1 measures nothing under load: it logs every statement of the run's database with its
 * duration, sends one submission after a warm-up and prints that submission's statements (the
 * server's log file is LOG_FILE, default /var/log/postgresql/postgresql-15-main.log). PROFILE=1
 * starts the app with `node --cpu-prof`, sends REQUESTS submissions at 10 connections and leaves
 * the CPU profile in PROFILE_DIR (default the current directory).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, openSync, readSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { hashPassword } from "../lib/auth/password";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { seed } from "../prisma/seed/index";
import { bareRoutes, bareTableSql, buildBareApp } from "./bench/bare-next";
import { freePort, loadAverage as load, log, nextBin, root, runCommand as run, runSql, startNext } from "./bench/servers";
import { buildIsStale } from "./build-state";
import { migrateDeploy } from "./migrate";

const server = new URL(process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const databaseName = `bench_submit_${Date.now()}`;
const databaseUrl = Object.assign(new URL(server), { pathname: `/${databaseName}` }).toString();
const levels = (process.env.LEVELS ?? "10,50,200").split(",").map(Number);
const requestsAt = (connections: number) => Number(process.env.REQUESTS ?? Math.max(1000, connections * 10));
const spinnerCount = Number(process.env.SPINNERS ?? 3);
const trace = process.env.TRACE === "1";
const profileDir = process.env.PROFILE === "1" ? path.resolve(process.env.PROFILE_DIR ?? ".") : null;
const serverLog = process.env.LOG_FILE ?? "/var/log/postgresql/postgresql-15-main.log";
const customerCount = 10;
const password = "bench-password-2026";
const work = mkdtempSync(path.join(tmpdir(), "bench-submit-"));

const onServer = (sql: string) => runSql(server.toString(), sql);

const children: ChildProcess[] = [];
const spinners: ChildProcess[] = [];

function start(name: string, cwd: string, nodeArgs: string[], env: NodeJS.ProcessEnv, port: number): Promise<string> {
  return startNext({ name, cwd, nodeArgs, env, port, logDir: work }, (child) => children.push(child));
}

/** Signs in through Auth.js's credentials endpoint, as the login form does; returns the session cookie. */
async function login(base: string, email: string): Promise<string> {
  const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]);
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/hosting` }),
  });
  const session = cookiesOf(signedIn).find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`Signing in ${email} gave no session (${signedIn.status})`);
  return session;
}

const form = {
  planSlug: "pro",
  contactName: "Bench Customer",
  contactEmail: "bench@example.test",
  cpuCores: 4,
  ramGb: 8,
  storageGb: 100,
  domainOption: "REGISTER",
  domainName: "bench-example.fr",
  ssl: true,
  backup: true,
  cdn: false,
  billingCycle: "YEARLY",
};

type Target = {
  name: "app" | "bare";
  url: string;
  cookies: string[];
  countStored: (prefix: string) => Promise<{ stored: number; duplicates: number }>;
};
type Measure = {
  target: Target["name"];
  connections: number;
  rps: number;
  p50: number;
  p975: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
  accepted: number;
  stored: number;
  duplicates: number;
  load: string;
};

let runNumber = 0;

async function measure(target: Target, connections: number, amount: number, tag = ""): Promise<Measure> {
  const prefix = `${target.name}-${connections}${tag}-${++runNumber}`;
  let sent = 0;
  const result = await autocannon({
    url: target.url,
    connections,
    amount,
    timeout: 60,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request) => {
          const n = sent++;
          const cookie = target.cookies.length ? { cookie: target.cookies[n % target.cookies.length] } : {};
          return {
            ...request,
            headers: { ...request.headers, ...cookie },
            body: JSON.stringify({ ...form, idempotencyKey: `${prefix}-${n}` }),
          };
        },
      },
    ],
  });
  // Answers that timed out may still commit: give the server a moment before counting.
  if (result.timeouts > 0) await new Promise((resolve) => setTimeout(resolve, 5000));
  const statuses: Record<string, number> = {};
  for (const [status, { count = 0 }] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = count;
  const accepted = (statuses["200"] ?? 0) + (statuses["201"] ?? 0);
  const { stored, duplicates } = await target.countStored(prefix);
  const line: Measure = {
    target: target.name,
    connections,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    statuses,
    errors: result.errors + result.timeouts,
    accepted,
    stored,
    duplicates,
    load: load(),
  };
  log(
    `${target.name.padEnd(4)} ${String(connections).padStart(3)} conn${tag}: ${line.rps.toFixed(0).padStart(5)} req/s, p50 ${line.p50} ms, p97.5 ${line.p975} ms, p99 ${line.p99} ms, ` +
      `answers ${JSON.stringify(statuses)}${line.errors ? `, ${line.errors} errors/timeouts` : ""}, accepted ${accepted} / stored ${stored}` +
      `${duplicates ? `, ${duplicates} DUPLICATES` : ""}; load ${line.load}`,
  );
  return line;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const sum = (records: Record<string, number>[]) => {
  const total: Record<string, number> = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) total[k] = (total[k] ?? 0) + v;
  return total;
};

/** A/B/B/A at one level: the two sides' means, side by side. */
async function level(app: Target, bare: Target, connections: number, amount = requestsAt(connections), tag = "") {
  const a1 = await measure(app, connections, amount, tag);
  const b1 = await measure(bare, connections, amount, tag);
  const b2 = await measure(bare, connections, amount, tag);
  const a2 = await measure(app, connections, amount, tag);
  return { connections, tag, app: [a1, a2], bare: [b1, b2] };
}

function table(rows: Awaited<ReturnType<typeof level>>[]): string {
  const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  const lines = [
    "| connections | app req/s | app p50 ms | app p97.5 ms | app p99 ms | bare req/s | bare p50 ms | bare p97.5 ms | bare p99 ms | req/s app ÷ bare | p50 app ÷ bare | p97.5 app ÷ bare | app answers | app accepted = stored |",
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- | --- |",
  ];
  for (const row of rows) {
    const [app, bare] = [row.app, row.bare].map((runs) => ({
      rps: mean(runs.map((r) => r.rps)),
      p50: mean(runs.map((r) => r.p50)),
      p975: mean(runs.map((r) => r.p975)),
      p99: mean(runs.map((r) => r.p99)),
    }));
    const answers = sum(row.app.map((r) => r.statuses));
    const errors = row.app.reduce((n, r) => n + r.errors, 0);
    const accepted = row.app.reduce((n, r) => n + r.accepted, 0);
    const stored = row.app.reduce((n, r) => n + r.stored, 0);
    const duplicates = row.app.reduce((n, r) => n + r.duplicates, 0);
    const histogram = Object.entries(answers)
      .map(([status, count]) => `${count} × ${status}`)
      .join(", ");
    lines.push(
      `| ${row.connections}${row.tag} | ${f(app.rps)} | ${f(app.p50)} | ${f(app.p975)} | ${f(app.p99)} | ${f(bare.rps)} | ${f(bare.p50)} | ` +
        `${f(bare.p975)} | ${f(bare.p99)} | ${(app.rps / bare.rps).toFixed(2)} | ${(app.p50 / bare.p50).toFixed(1)} | ` +
        `${(app.p975 / bare.p975).toFixed(1)} | ${histogram}${errors ? `, ${errors} errors` : ""} | ` +
        `${accepted} = ${stored}${accepted === stored ? "" : " ✗"}, ${duplicates} duplicates |`,
    );
  }
  return lines.join("\n");
}

async function main() {
  const startLoad = load();
  log(`load average at start: ${startLoad} (${cpus().length} cores); database ${databaseName}`);
  await onServer(`CREATE DATABASE "${databaseName}"`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  delete env.PGLITE_DIR;
  await migrateDeploy({ env });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  await seed(prisma);
  const passwordHash = await hashPassword(password);
  const emails = Array.from({ length: customerCount }, (_, i) => `bench-customer-${i + 1}@example.test`);
  await prisma.user.createMany({
    data: emails.map((email, i) => ({
      email,
      name: `Bench customer ${i + 1}`,
      company: `Bench ${i + 1}`,
      role: "CUSTOMER" as const,
      passwordHash,
    })),
  });
  await prisma.$disconnect();
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  await pool.query(bareTableSql);
  // Every statement of this database with its duration, from the app's first connection on.
  if (trace) await pool.query(`ALTER DATABASE "${databaseName}" SET log_min_duration_statement = 0`);

  if (!process.env.APP_DIR && buildIsStale(root))
    await run(process.execPath, [nextBin, "build"], root, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });

  const appUrl = await start(
    "app",
    process.env.APP_DIR ? path.resolve(process.env.APP_DIR) : root,
    [
      "--max-old-space-size=1024",
      "--import",
      "./server/socket-address.mjs",
      ...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []),
    ],
    { ...env, AUTH_SECRET: "bench-secret-bench-secret-bench-secret-42", LOG_LEVEL: "warn" },
    await freePort(),
  );
  const cookies = [];
  for (const email of emails) cookies.push(await login(appUrl, email));
  const app: Target = {
    name: "app",
    url: `${appUrl}/api/hosting/requests`,
    cookies,
    countStored: async (prefix) => {
      const { rows } = await pool.query<{ stored: number; keys: number; references: number }>(
        `SELECT count(*)::int AS stored, count(DISTINCT ("customerId", "idempotencyKey"))::int AS keys, count(DISTINCT reference)::int AS references
         FROM "HostingRequest" WHERE "idempotencyKey" LIKE $1`,
        [`${prefix}-%`],
      );
      const { stored, keys, references } = rows[0];
      return { stored, duplicates: stored - keys + (stored - references) };
    },
  };
  if (trace || profileDir) {
    await traceOrProfile(app);
    await pool.end();
    return;
  }

  const bareDir = path.join(work, "bare");
  await buildBareApp(bareDir);
  const bareUrl = await start("bare", bareDir, [], env, await freePort());
  log(`app ${appUrl}, bare ${bareUrl}; server output in ${work}`);
  const bare: Target = {
    name: "bare",
    url: `${bareUrl}${bareRoutes.insert}`,
    cookies: [],
    countStored: async (prefix) => {
      const { rows } = await pool.query<{ stored: number }>(`SELECT count(*)::int AS stored FROM bench_bare WHERE key LIKE $1`, [
        `${prefix}-%`,
      ]);
      return { stored: rows[0].stored, duplicates: 0 };
    },
  };

  log("warming up both (not counted in the table)");
  await measure(app, 10, 300, " warm-up");
  await measure(bare, 10, 300, " warm-up");

  const rows = [];
  for (const connections of levels) rows.push(await level(app, bare, connections));

  if (spinnerCount > 0) {
    log(`saturating the CPU with ${spinnerCount} busy processes`);
    for (let i = 0; i < spinnerCount; i++) spinners.push(spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
    try {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      rows.push(await level(app, bare, 200, requestsAt(10), " (CPU saturated)"));
    } finally {
      for (const spinner of spinners) spinner.kill("SIGKILL");
    }
  }
  await pool.end();

  const endLoad = load();
  console.log(
    `\nPOST /api/hosting/requests (app) beside one INSERT through pg (bare), ${new Date().toISOString().slice(0, 10)}, interleaved A/B/B/A;`,
  );
  console.log(`load average (1, 5, 15 min) at start ${startLoad}, at end ${endLoad}; ${cpus().length} cores.\n`);
  console.log(table(rows));
  const loaded = Math.max(Number(startLoad.split(" ")[0]), Number(endLoad.split(" ")[0]));
  if (loaded > 3)
    console.log(`\nThe load average went above 3 (${loaded}): absolute figures are noise, rerun when the machine is quieter.`);
}

/** What the server's log file holds past `offset`. */
function logSince(offset: number): string {
  const size = statSync(serverLog).size;
  const buffer = Buffer.alloc(Math.max(0, size - offset));
  const fd = openSync(serverLog, "r");
  readSync(fd, buffer, 0, buffer.length, offset);
  return buffer.toString("utf8");
}

/** TRACE: one submission's statements, each with its duration; PROFILE: a CPU profile of submissions at 10 connections. */
async function traceOrProfile(app: Target) {
  const submit = (key: string, cookie: string) =>
    fetch(app.url, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ ...form, idempotencyKey: key }),
    });
  // Warm: the first calls compile routes and fill caches.
  for (let i = 0; i < 5; i++) await submit(`warm-up-${i}`, app.cookies[i % app.cookies.length]);
  if (trace) {
    const offset = statSync(serverLog).size;
    const started = performance.now();
    const response = await submit("traced-submission", app.cookies[0]);
    const ms = performance.now() - started;
    if (!response.ok) log(`the traced submission was answered ${response.status}: ${await response.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const lines = logSince(offset)
      .split("\n")
      .filter((line) => line.includes(`@${databaseName} `) && line.includes("duration:"));
    const durations = lines.map((line) => Number(/duration: ([\d.]+) ms/.exec(line)?.[1] ?? 0));
    for (const line of lines) console.log(line.replace(/^.*?duration: /, "").slice(0, 240));
    const executes = lines.filter((line) => /ms {2}(execute|statement)/.test(line)).length;
    log(
      `one submission: ${response.status} in ${ms.toFixed(1)} ms; ${executes} statements executed, ` +
        `${lines.length} logged steps (parse, bind, execute) summing ${durations.reduce((a, b) => a + b, 0).toFixed(1)} ms in the server`,
    );
  } else {
    await measure(app, 10, requestsAt(10), " profiled");
    const server = children[0];
    server.kill("SIGINT");
    await new Promise((resolve) => server.once("exit", resolve));
    log(`CPU profile written to ${profileDir}`);
  }
}

async function cleanUp() {
  for (const child of children) child.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1000));
  if (!process.env.KEEP) {
    await onServer(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch((error: unknown) => console.error(error));
    rmSync(work, { recursive: true, force: true });
  }
}

// Interrupted: the servers, the busy processes and the database go too.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const spinner of spinners) spinner.kill("SIGKILL");
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
} finally {
  await cleanUp();
}
