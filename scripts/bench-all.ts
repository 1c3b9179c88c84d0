/**
 * Every benchmark of the project, one after the other, each beside the bare Next.js app of
 * bench/baseline measured in the same run (every figure it prints is meant as a ratio of that app's):
 *
 *   npm run bench:all
 *
 * 1. `pages`: /pricing and /status served from cache beside the bare app's empty page (bench:pages);
 * 2. `load`: the GET and write scenarios, the realtime fan-out to 10, 100 and 1,000 streams of the
 *    built-in transport (LISTENERS; the app is started to accept that many from this one address)
 *    and the server's memory before and after (bench:load);
 * 3. `soketi`: the same fan-out with the app publishing through soketi (tools/soketi), its listeners
 *    pusher-js clients authorized by the app (bench:load with FANOUT_ONLY=1), on a second start of
 *    the app on the same database;
 * 4. `lighthouse`: mobile Lighthouse of the bare app's page of text, /pricing and /status, and signed in,
 *    /hosting/request (the demo customer) and /crm (the demo seller) (bench:lighthouse);
 * 5. `js`: the compressed JavaScript of every page in Chromium (the journey e2e/js-budget.spec.ts,
 *    which CI runs too; on the embedded database, its own server);
 * 6. `submit`: hosting request submissions beside one INSERT (bench:submit, at LEVELS, default 10);
 * 7. `crm`: the CRM's reads on the large data set (bench:crm), when BENCH_LARGE_DATABASE_URL names
 *    a database `npm run seed:large` filled.
 *
 * Steps 1, 2 and 4 share one production start of the app on a PostgreSQL database created, migrated and
 * seeded with the demo data for the run (on BENCH_DATABASE_URL's server, default
 * postgres://postgres@127.0.0.1:5432/postgres; dropped after), and Lighthouse a start of the bare app; steps
 * 3, 5 and 6 start their own. The app is built first when its build is stale. ONLY=pages,submit keeps
 * some steps. A step that fails does not stop the others; the command exits 1 when one failed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { seed } from "../prisma/seed/index";
import { bareRoutes, buildBareApp } from "./bench/bare-next";
import { freePort, loadAverage, log, nextBin, root, runCommand, runSql, startNext } from "./bench/servers";
import { ensureSoketiInstalled, pusherEnv, startSoketi, stopSoketi } from "./soketi";
import { buildIsStale } from "./build-state";
import { migrateDeploy } from "./migrate";

const steps = ["pages", "load", "soketi", "lighthouse", "js", "submit", "crm"] as const;
type Step = (typeof steps)[number];
const only = process.env.ONLY?.split(",").map((name) => name.trim());
const unknown = only?.filter((name) => !steps.includes(name as Step)) ?? [];
if (unknown.length) {
  console.error(`ONLY names steps among ${steps.join(", ")}; unknown: ${unknown.join(", ")}`);
  process.exit(1);
}
const wanted = (step: Step) => !only || only.includes(step);

const server = new URL(process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const databaseName = `bench_all_${Date.now()}`;
const databaseUrl = Object.assign(new URL(server), { pathname: `/${databaseName}` }).toString();
const work = mkdtempSync(path.join(tmpdir(), "bench-all-"));
const children: ChildProcess[] = [];
const results: Array<{ step: Step; ok: boolean; seconds: number }> = [];

/** One benchmark's npm script to its end, its output on this one's; a failure is recorded, not thrown. */
function runStep(step: Step, script: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  log(`--- ${step}: npm run ${script} ${args.join(" ")} (load average ${loadAverage()})`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: "inherit",
    });
    const done = (ok: boolean) => {
      results.push({ step, ok, seconds: Math.round((Date.now() - started) / 1000) });
      resolve();
    };
    child.on("error", () => done(false));
    child.on("exit", (code) => done(code === 0));
  });
}

/** The database seeded for the run, and the app's environment on it. */
async function prepareDatabase(): Promise<NodeJS.ProcessEnv> {
  await runSql(server.toString(), `CREATE DATABASE "${databaseName}"`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  delete env.PGLITE_DIR;
  await migrateDeploy({ env });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  await seed(prisma);
  await prisma.$disconnect();
  return env;
}

/** A production start of the app on the run's database; resolves with its base URL and pid. */
async function startApp(name: string, env: NodeJS.ProcessEnv): Promise<{ url: string; pid: number }> {
  let pid = 0;
  const url = await startNext(
    {
      name,
      cwd: root,
      nodeArgs: ["--max-old-space-size=1024", "--import", "./server/socket-address.mjs"],
      // The fan-out's listeners all come from this machine's one address.
      env: { ...env, AUTH_SECRET: "bench-secret-bench-secret-bench-secret-42", LOG_LEVEL: "warn", REALTIME_STREAMS_PER_ADDRESS: "2000" },
      port: await freePort(),
      logDir: work,
    },
    (child) => {
      children.push(child);
      pid = child.pid ?? 0;
    },
  );
  return { url, pid };
}

function stopServers() {
  for (const child of children.splice(0)) child.kill("SIGTERM");
}

async function main() {
  log(`load average at start: ${loadAverage()} (${cpus().length} cores)`);
  if (buildIsStale(root)) await runCommand(process.execPath, [nextBin, "build"], root, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  const listeners = process.env.LISTENERS ?? "10,100,1000";
  const env = wanted("pages") || wanted("load") || wanted("soketi") || wanted("lighthouse") ? await prepareDatabase() : null;
  if (env && (wanted("pages") || wanted("load") || wanted("lighthouse"))) {
    const app = await startApp("app", env);
    log(`app on ${app.url} (database ${databaseName})`);
    if (wanted("pages")) await runStep("pages", "bench:pages", [app.url]);
    if (wanted("load"))
      await runStep("load", "bench:load", [app.url], {
        BENCH_PIDS: String(app.pid),
        BENCH_APP_DATABASE_URL: databaseUrl,
        LISTENERS: listeners,
      });
    if (wanted("lighthouse")) {
      // bench:pages and bench:load start their own bare app; Lighthouse is given this one's address.
      const bareDir = path.join(work, "bare");
      await buildBareApp(bareDir);
      const bare = await startNext({ name: "bare", cwd: bareDir, env, port: await freePort(), logDir: work }, (child) =>
        children.push(child),
      );
      await runStep("lighthouse", "bench:lighthouse", [bare, bareRoutes.textPage]);
      await runStep("lighthouse", "bench:lighthouse", [app.url, "/pricing", "/status"]);
      // Signed in, as the demo users who use them.
      await runStep("lighthouse", "bench:lighthouse", [app.url, "/hosting/request"], { AS: "CUSTOMER" });
      await runStep("lighthouse", "bench:lighthouse", [app.url, "/crm"], { AS: "SELLER" });
    }
    stopServers();
  }
  if (env && wanted("soketi")) {
    if (!(await ensureSoketiInstalled())) throw new Error("soketi could not be installed (tools/soketi)");
    const port = await freePort();
    const soketi = await startSoketi({ port, metricsPort: await freePort() });
    try {
      const app = await startApp("app-soketi", { ...env, ...pusherEnv(port) });
      log(`app on ${app.url} publishing through soketi on 127.0.0.1:${port}`);
      await runStep("soketi", "bench:load", [app.url], {
        ...pusherEnv(port),
        FANOUT_ONLY: "1",
        BENCH_PIDS: String(app.pid),
        BENCH_APP_DATABASE_URL: databaseUrl,
        LISTENERS: listeners,
      });
    } finally {
      stopServers();
      await stopSoketi(soketi);
    }
  }
  // Its own server on the embedded database, on a port of its own.
  if (wanted("js"))
    await runStep("js", "test:e2e", ["--project=chromium", "e2e/js-budget.spec.ts"], { E2E_PORT: String(await freePort()) });
  if (wanted("submit"))
    await runStep("submit", "bench:submit", [], { LEVELS: process.env.LEVELS ?? "10", SPINNERS: process.env.SPINNERS ?? "0" });
  if (wanted("crm")) {
    const large = process.env.BENCH_LARGE_DATABASE_URL;
    if (large) await runStep("crm", "bench:crm", [], { DATABASE_URL: large });
    else log("--- crm: skipped (BENCH_LARGE_DATABASE_URL names no database filled by `npm run seed:large`)");
  }
  log(`load average at the end: ${loadAverage()}`);
  for (const { step, ok, seconds } of results) log(`${ok ? "ok    " : "FAILED"} ${step} (${seconds} s)`);
  return results.every((result) => result.ok) ? 0 : 1;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    return 1;
  })
  .then(async (code) => {
    stopServers();
    await runSql(server.toString(), `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch(() => {});
    rmSync(work, { recursive: true, force: true });
    process.exit(code);
  });
