/**
 * `npm test`: everything that can run on this machine, each suite once, one production build.
 *
 *   1. unit tests;
 *   2. integration suites on PGlite in memory, and at the same time on PostgreSQL when
 *      TEST_DATABASE_URL names a server (each suite creates and drops its own database there); the
 *      hostile-input sweep sends its full 1,000 requests per route and target on one of them. The
 *      realtime suite runs again over the Pusher protocol, against a soketi started for it, once
 *      the shorter of the two has finished (the browser over soketi is `npm run test:cluster`'s);
 *   3. one production build, then the end-to-end journeys: all of them on PostgreSQL (a database
 *      created for the run) when TEST_DATABASE_URL is set, then the `@smoke` ones on the embedded
 *      database; all of them on the embedded database otherwise.
 *
 * Stops at the first failing step and exits with its code.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { Client } from "pg";

const root = path.resolve(import.meta.dirname, "..");
const serverUrl = process.env.TEST_DATABASE_URL || undefined;
// Each step says which database it uses: none inherits the caller's.
const baseEnv: NodeJS.ProcessEnv = { ...process.env };
delete baseEnv.DATABASE_URL;
delete baseEnv.TEST_DATABASE_URL;

type RunOptions = { env?: Record<string, string>; /** Prefixes each output line, for steps that run side by side. */ prefix?: string };

function run(label: string, command: string, args: string[], { env = {}, prefix }: RunOptions = {}): Promise<void> {
  console.log(`\n--- ${label}`);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: prefix ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...baseEnv, ...env } });
    if (prefix) {
      for (const [from, to] of [
        [child.stdout!, process.stdout],
        [child.stderr!, process.stderr],
      ] as const) {
        createInterface({ input: from }).on("line", (line) => to.write(`${prefix} ${line}\n`));
      }
    }
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      console.log(`--- ${label}: ${code === 0 ? "ok" : "failed"} in ${Math.round((Date.now() - started) / 1000)} s`);
      if (code === 0) resolve();
      else reject(Object.assign(new Error(`${label} failed`), { exitCode: code ?? (signal ? 1 : 0) }));
    });
  });
}

const npmRun = (label: string, script: string, args: string[] = [], options: RunOptions = {}) =>
  run(label, "npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], options);

/** Runs steps side by side (the machine's cores), waits for all of them, then fails with the first failure. */
async function sideBySide(...steps: Array<Promise<void>>): Promise<void> {
  const failed = (await Promise.allSettled(steps)).find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs journeys on a PostgreSQL database made for them (dropped afterwards), with a server on `port`. */
async function e2eOnPostgres(label: string, args: string[], port: number): Promise<void> {
  const name = `e2e_${Date.now()}_${process.pid}_${port}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  try {
    await npmRun(label, "test:e2e", args, { env: { DATABASE_URL: url.toString(), E2E_PORT: String(port) }, prefix: `[e2e ${port}]` });
  } finally {
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function main(): Promise<void> {
  await npmRun("unit", "test:unit");
  if (serverUrl) {
    // One core each; the hostile-input sweep's full 1,000 requests per route and target on PostgreSQL,
    // whose server does the database's share of the work on the other core.
    await sideBySide(
      npmRun("integration on PGlite", "test:integration", [], { env: { HOSTILE_PER_TARGET: "100" }, prefix: "[PGlite]" }).then(() =>
        npmRun("realtime over soketi", "test:pusher", [], { prefix: "[soketi]" }),
      ),
      npmRun("integration on PostgreSQL", "test:integration", [], {
        env: { TEST_DATABASE_URL: serverUrl, HOSTILE_PER_TARGET: "1000" },
        prefix: "[PostgreSQL]",
      }),
    );
  } else {
    await npmRun("integration on PGlite", "test:integration", [], { env: { HOSTILE_PER_TARGET: "1000" } });
    await npmRun("realtime over soketi", "test:pusher");
  }
  if (serverUrl) {
    await npmRun("production build", "test:e2e", ["--build-only"]);
    // One pass at a time: a journey keeps the machine's two cores busy (the server and Chromium).
    await e2eOnPostgres("end-to-end on PostgreSQL", [], 3107);
    await npmRun("end-to-end smoke on PGlite", "test:e2e", ["--grep", "@smoke"]);
  } else {
    await npmRun("end-to-end on PGlite", "test:e2e");
  }
}

main().then(
  () => process.exit(0),
  (error: { exitCode?: number; message?: string }) => {
    console.error(error.message ?? error);
    process.exit(error.exitCode ?? 1);
  },
);
