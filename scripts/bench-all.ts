/**
 * Every benchmark of the project, one after the other, each beside the bare Next.js app of
 * bench/baseline measured in the same run (every figure it prints is meant as a ratio of that app's):
 *
 *   npm run bench:all
 *
 * 1. `pages`: /pricing and /status served from cache beside the bare app's empty page (bench:pages);
 * 2. `load`: the GET and write scenarios, the realtime fan-out and the server's memory before and
 *    after (bench:load);
 * 3. `lighthouse`: mobile Lighthouse of the bare app's page of text, /pricing and /status (bench:lighthouse);
 * 4. `js`: the compressed JavaScript of every page in Chromium (the journey e2e/js-budget.spec.ts,
 *    which CI runs too; on the embedded database, its own server);
 * 5. `submit`: hosting request submissions beside one INSERT (bench:submit, at LEVELS, default 10);
 * 6. `crm`: the CRM's reads on the large data set (bench:crm), when BENCH_LARGE_DATABASE_URL names
 *    a database `npm run seed:large` filled.
 *
 * Steps 1 to 3 share one production start of the app on a PostgreSQL database created, migrated and
 * seeded with the demo data for the run (on BENCH_DATABASE_URL's server, default
 * postgres://postgres@127.0.0.1:5432/postgres; dropped after), and one start of the bare app; steps
 * 4 and 5 start their own. The app is built first when its build is stale. ONLY=pages,submit keeps
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
import { buildIsStale } from "./build-state";
import { migrateDeploy } from "./migrate";

const steps = ["pages", "load", "lighthouse", "js", "submit", "crm"] as const;
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

/** The app and the bare app started for steps 1 to 3, on a database seeded for the run. */
async function startServers(): Promise<{ app: string; appPid: number; bare: string }> {
  await runSql(server.toString(), `CREATE DATABASE "${databaseName}"`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  delete env.PGLITE_DIR;
  await migrateDeploy({ env });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  await seed(prisma);
  await prisma.$disconnect();
  const bareDir = path.join(work, "bare");
  await buildBareApp(bareDir);
  let appPid = 0;
  const app = await startNext(
    {
      name: "app",
      cwd: root,
      nodeArgs: ["--import", "./server/socket-address.mjs"],
      env: { ...env, AUTH_SECRET: "bench-secret-bench-secret-bench-secret-42", LOG_LEVEL: "warn" },
      port: await freePort(),
      logDir: work,
    },
    (child) => {
      children.push(child);
      appPid = child.pid ?? 0;
    },
  );
  const bare = await startNext({ name: "bare", cwd: bareDir, env, port: await freePort(), logDir: work }, (child) => children.push(child));
  return { app, appPid, bare };
}

function stopServers() {
  for (const child of children.splice(0)) child.kill("SIGTERM");
}

async function main() {
  log(`load average at start: ${loadAverage()} (${cpus().length} cores)`);
  if (buildIsStale(root)) await runCommand(process.execPath, [nextBin, "build"], root, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  if (wanted("pages") || wanted("load") || wanted("lighthouse")) {
    const { app, appPid, bare } = await startServers();
    log(`app on ${app} (database ${databaseName}), bare app on ${bare}`);
    if (wanted("pages")) await runStep("pages", "bench:pages", [app]);
    if (wanted("load")) await runStep("load", "bench:load", [app], { BENCH_PIDS: String(appPid) });
    if (wanted("lighthouse")) {
      await runStep("lighthouse", "bench:lighthouse", [bare, bareRoutes.textPage]);
      await runStep("lighthouse", "bench:lighthouse", [app, "/pricing", "/status"]);
    }
    stopServers();
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
