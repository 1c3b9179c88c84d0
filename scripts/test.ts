/**
 * `npm test`: everything that can run on this machine, each suite once, one production build.
 *
 *   1. unit tests;
 *   2. when TEST_DATABASE_URL names a server, three lanes side by side:
 *      - the embedded database's own suites on PGlite in memory (what differs there: its in-process
 *        realtime, transactions and counters, seed, backup), then the realtime suite again over the
 *        Pusher protocol against a soketi started for it (the browser over soketi is `npm run
 *        test:cluster`'s);
 *      - the integration suites on PostgreSQL (each suite creates and drops its own database there,
 *        a copy of one migrated for the run), and the hostile-input sweep's full 1,000 requests per
 *        route and target (in parts with TEST_SWEEP_PARTS, each in its own process) once those
 *        suites or the journeys are done;
 *      - one production build, then the end-to-end journeys in two halves at once, each with its
 *        own server: the page sweep with a few short specs on the embedded database (what `npm
 *        start` serves), and the rest on PostgreSQL in a database created for it (ports:
 *        TEST_E2E_PORTS);
 *   3. otherwise, one after the other: the integration suites on PGlite with the full sweep, the
 *      realtime suite over soketi, the build and every journey on the embedded database.
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

/** How many of a side-by-side step's last lines are printed again when it fails (passing tests' lines left out). */
const failureTailLines = 70;
/** Lines a failure's reader does not need: passing tests, blank lines. */
const passingLine = /✓|^\s*$/;

/** A failed step, with the last lines of every step side by side with it that failed too. */
type StepFailure = Error & { exitCode: number; tails: Array<{ label: string; lines: string[] }> };

function run(label: string, command: string, args: string[], { env = {}, prefix }: RunOptions = {}): Promise<void> {
  console.log(`\n--- ${label}`);
  const started = Date.now();
  // A step side by side with others has its lines mixed with theirs: its own last lines are kept,
  // so that a failure can be read at the end of the run's output.
  const tail: string[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: prefix ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...baseEnv, ...env } });
    if (prefix) {
      for (const [from, to] of [
        [child.stdout!, process.stdout],
        [child.stderr!, process.stderr],
      ] as const) {
        createInterface({ input: from }).on("line", (line) => {
          to.write(`${prefix} ${line}\n`);
          const text = line.replace(/\x1b\[[0-9;]*m/g, "");
          if (passingLine.test(text)) return;
          tail.push(text);
          if (tail.length > failureTailLines) tail.shift();
        });
      }
    }
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      console.log(`--- ${label}: ${code === 0 ? "ok" : "failed"} in ${Math.round((Date.now() - started) / 1000)} s`);
      if (code === 0) resolve();
      else
        reject(
          Object.assign(new Error(`${label} failed`), {
            exitCode: code ?? (signal ? 1 : 0),
            tails: prefix ? [{ label, lines: tail }] : [],
          }) satisfies StepFailure,
        );
    });
  });
}

const npmRun = (label: string, script: string, args: string[] = [], options: RunOptions = {}) =>
  run(label, "npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], options);

/** Runs steps side by side (the machine's cores), waits for all of them, then fails with the first failure. */
async function sideBySide(...steps: Array<Promise<void>>): Promise<void> {
  const failures = (await Promise.allSettled(steps)).flatMap((result) =>
    result.status === "rejected" ? [result.reason as StepFailure] : [],
  );
  if (failures.length) throw Object.assign(failures[0], { tails: failures.flatMap((failure) => failure.tails ?? []) });
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
async function e2eOnPostgres(label: string, env: Record<string, string>, port: number): Promise<void> {
  const name = `e2e_${Date.now()}_${process.pid}_${port}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  try {
    await npmRun(label, "test:e2e", [], { env: { ...env, DATABASE_URL: url.toString(), E2E_PORT: String(port) }, prefix: `[e2e ${port}]` });
  } finally {
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** The journeys' servers: the first half and the second half (TEST_E2E_PORTS moves them, e.g. beside another run). */
const [firstHalfPort, secondHalfPort] = (process.env.TEST_E2E_PORTS ?? "3107,3109").split(",").map(Number);
/**
 * The hostile-input sweep on PostgreSQL runs in this many parts side by side, each in its own process
 * and database. Two by default: the sweep is pure computing with no timer, so one part per core
 * finishes it in about half the time.
 */
const sweepParts = Number(process.env.TEST_SWEEP_PARTS ?? 2);
const sweepFile = "tests/integration/hostile-input.property.test.ts";
/**
 * Beside a PostgreSQL server every suite runs there; on PGlite, only those whose subject behaves
 * differently on the embedded database run again. Every suite once more on PGlite doubled the run's
 * computing for little: the services' SQL is the same, and half of the journeys drive the embedded app.
 */
const embeddedSuites = [
  "tests/integration/realtime.test.ts",
  "tests/integration/hosting-requests.test.ts",
  "tests/integration/seed.test.ts",
  "tests/integration/backup.test.ts",
  "tests/integration/hostile-input.test.ts",
];

async function main(): Promise<void> {
  if (![firstHalfPort, secondHalfPort, sweepParts].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error("TEST_E2E_PORTS names two ports (first half, second half); TEST_SWEEP_PARTS is a count.");
  }
  await npmRun("unit", "test:unit");
  if (serverUrl) {
    // Lanes at once, sharing the two cores: every lane also waits (for its database, a browser, a
    // realtime event, a timer), and one lane's wait is another's computing. The journeys are the
    // costliest lane (the browser and the server take about as much as each other).
    const built = npmRun("production build", "test:e2e", ["--build-only"], { prefix: "[build]" });
    const onPostgres = { TEST_DATABASE_URL: serverUrl, HOSTILE_PER_TARGET: "1000" };
    // The journeys in two halves side by side, each with its own server (see playwright.config.ts):
    // the page sweep with a few short specs on the embedded database, every other spec on PostgreSQL.
    const journeys = [
      built.then(() =>
        npmRun("end-to-end on PGlite, first half", "test:e2e", [], {
          env: { E2E_HALF: "1", E2E_PORT: String(firstHalfPort) },
          prefix: `[e2e ${firstHalfPort}]`,
        }),
      ),
      built.then(() => e2eOnPostgres("end-to-end on PostgreSQL, second half", { E2E_HALF: "2" }, secondHalfPort)),
    ];
    // PostgreSQL: every suite but the hostile-input sweep, in one process at a time.
    const integration = npmRun("integration on PostgreSQL", "test:integration", ["--exclude", sweepFile], {
      env: onPostgres,
      prefix: "[PostgreSQL]",
    });
    // Then the sweep's full 1,000 requests per route and target, in parts side by side
    // (./property/shard.ts deals its doors out by cost). It starts as soon as the integration suites
    // or the journeys are done: the integration suites alone keep one core busy, and the other
    // would wait.
    const settled = (lane: Promise<unknown>) =>
      lane.then(
        () => undefined,
        () => undefined,
      );
    const sweep = Promise.race([settled(integration), settled(Promise.all(journeys))]).then(() =>
      sideBySide(
        ...Array.from({ length: sweepParts }, (_, i) =>
          npmRun(`hostile-input sweep on PostgreSQL, part ${i + 1} of ${sweepParts}`, "test:integration", [sweepFile], {
            env: { ...onPostgres, HOSTILE_SHARD: `${i + 1}/${sweepParts}` },
            prefix: `[sweep ${i + 1}/${sweepParts}]`,
          }),
        ),
      ),
    );
    await sideBySide(
      // The embedded database: its own suites, then the realtime suite over soketi.
      npmRun("the embedded database's suites on PGlite", "test:integration", embeddedSuites, { prefix: "[PGlite]" }).then(() =>
        npmRun("realtime over soketi", "test:pusher", [], { prefix: "[soketi]" }),
      ),
      integration,
      sweep,
      ...journeys,
    );
  } else {
    await npmRun("integration on PGlite", "test:integration", [], { env: { HOSTILE_PER_TARGET: "1000" } });
    await npmRun("realtime over soketi", "test:pusher");
    await npmRun("end-to-end on PGlite", "test:e2e");
  }
}

main().then(
  () => process.exit(0),
  (error: Partial<StepFailure>) => {
    // Printed last, where a reader of the run's end finds it: the lines of the failed steps.
    for (const { label, lines } of error.tails ?? []) {
      console.error(`\n=== ${label} failed; its last lines, passing tests left out:`);
      for (const line of lines) console.error(`  ${line}`);
    }
    console.error(error.message ?? error);
    process.exit(error.exitCode ?? 1);
  },
);
