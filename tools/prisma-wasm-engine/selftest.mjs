// Checks of the shim's fixes that would otherwise fail silently or
// dangerously. Run after upgrading prisma, @prisma/schema-engine-wasm,
// @prisma/adapter-pg, pglite-prisma-adapter or @electric-sql/pglite:
//
//   npm run db:selftest                          # PGlite only
//   DATABASE_URL=postgres://… npm run db:selftest
//     (+ PostgreSQL: creates and drops a scratch database shim_selftest_<pid>
//      on that server; needs CREATEDB)
//
// (Named *.mjs without ".test" so that vitest does not collect it.)

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PgliteMigrationFactory } from "./adapters/pglite.mjs";
import { pgConfigFromUrl, PostgresMigrationFactory } from "./adapters/postgres.mjs";
import { PGLITE_URL } from "./datasource.mjs";

const SHIM = fileURLToPath(new URL("schema-engine.mjs", import.meta.url));
/** @param {string} sql */
const noArgs = (sql) => ({ sql, args: [], argTypes: [] });

/** A migration that must leave nothing behind: its last statement fails. */
const FAILING_SCRIPT = `
  CREATE TABLE selftest_t (id int);
  CREATE FUNCTION selftest_f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
  SELECT 1 / 0;
`;

describe("PGlite", () => {
  const factory = new PgliteMigrationFactory("memory://");
  after(() => factory.close());

  test("#6 a failing script rejects, and leaves nothing behind", async () => {
    const main = await factory.connect();
    await assert.rejects(main.executeScript(FAILING_SCRIPT));
    const { rows } = await main.queryRaw(noArgs(`SELECT to_regclass('selftest_t')::text AS t`));
    assert.deepEqual(rows, [[null]]);
  });

  test("shadow databases are separate from the main one, and wiped on reuse", async () => {
    const main = await factory.connect();
    await main.executeScript("CREATE TABLE selftest_main (id int)");
    const shadow = await factory.connectToShadowDb();
    const seen = await shadow.queryRaw(noArgs(`SELECT to_regclass('selftest_main')::text`));
    assert.deepEqual(seen.rows, [[null]]);
    await shadow.executeScript("CREATE TABLE selftest_shadow (id int)");
    await shadow.dispose();
    const again = await factory.connectToShadowDb();
    const left = await again.queryRaw(noArgs(`SELECT to_regclass('selftest_shadow')::text`));
    assert.deepEqual(left.rows, [[null]]);
    await again.dispose();
  });

  test("#7 the shim exits by itself once the CLI closes its stdin", async () => {
    const child = spawn(process.execPath, [SHIM, "--datasource", JSON.stringify({ url: PGLITE_URL })], {
      env: { ...process.env, PGLITE_DIR: "memory://" },
      stdio: ["pipe", "pipe", "ignore"],
      // Should it never exit, kill it (SIGTERM would let it shut down cleanly). Generous: on a busy
      // machine PGlite alone may take tens of seconds to start; the check is the time after answering.
      signal: AbortSignal.timeout(120_000),
      killSignal: "SIGKILL",
    });
    child.on("error", () => {}); // that abort; the exit code below tells
    let stdout = "";
    let answeredAt = 0;
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      answeredAt ||= Date.now();
    });
    const request = {
      jsonrpc: "2.0",
      id: 1,
      method: "getDatabaseVersion",
      params: { datasource: { tag: "ConnectionString", url: PGLITE_URL } },
    };
    child.stdin.end(`${JSON.stringify(request)}\n`);
    const code = await new Promise((resolve) => child.on("exit", resolve));
    assert.equal(code, 0, "it did not exit by itself");
    assert.match(JSON.parse(stdout.split("\n")[0]).result, /PGlite/);
    // Timed from the answer, not from the start, so a slow machine does not
    // fail it: PGlite's 10 s timer, left running, would keep the process
    // alive for most of those 10 s after answering.
    const lingered = Date.now() - answeredAt;
    assert.ok(lingered < 5000, `exited ${lingered} ms after answering (a timer kept it alive?)`);
  });
});

const serverUrl = process.env.DATABASE_URL ?? "";
describe("PostgreSQL", { skip: !serverUrl && "DATABASE_URL is not set" }, () => {
  const scratch = `shim_selftest_${process.pid}`;
  let url = "";
  /** @type {PostgresMigrationFactory | undefined} */
  let factory;
  /** @param {string} sql */
  const admin = async (sql) => {
    const client = new pg.Client(pgConfigFromUrl(serverUrl).fields);
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const scratchFactory = () => {
    assert.ok(factory, "the scratch database was not created");
    return factory;
  };
  const shadowDatabases = async () =>
    (await admin(`SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`)).rows.map((r) => r.datname);

  before(async () => {
    await admin(`CREATE DATABASE ${scratch}`);
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${scratch}`;
    url = parsed.href;
    factory = new PostgresMigrationFactory({ url });
  });
  after(async () => {
    await factory?.close();
    await admin(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  });

  test('#1 "char" columns (catalog queries) can be read', async () => {
    const main = await scratchFactory().connect();
    const { rows } = await main.queryRaw(noArgs(`SELECT relkind FROM pg_class WHERE relname = 'pg_class'`));
    assert.deepEqual(rows, [["r"]]);
  });

  test("#2 a script runs whole: $$ bodies work, a failure leaves nothing behind", async () => {
    const main = await scratchFactory().connect();
    await assert.rejects(main.executeScript(FAILING_SCRIPT));
    const { rows } = await main.queryRaw(noArgs(`SELECT to_regclass('selftest_t')::text, to_regprocedure('selftest_f()')::text`));
    assert.deepEqual(rows, [[null, null]]);
    await main.executeScript(FAILING_SCRIPT.replace("SELECT 1 / 0;", ""));
    const ok = await main.queryRaw(noArgs("SELECT selftest_f()"));
    assert.deepEqual(ok.rows, [[1]]);
  });

  test("#4 the shadow database is never the main database", async () => {
    const before = await shadowDatabases();
    const shadow = await scratchFactory().connectToShadowDb();
    const { rows } = await shadow.queryRaw(noArgs("SELECT current_database()"));
    assert.notEqual(rows[0][0], scratch);
    assert.match(String(rows[0][0]), /^prisma_migrate_shadow_db_/);
    // #3: dropped once released, pool closed first.
    await shadow.dispose();
    assert.deepEqual(await shadowDatabases(), before);
  });

  test("#4 a shadowDatabaseUrl naming the main database is refused", async () => {
    const sameDb = new URL(url);
    sameDb.hostname = sameDb.hostname === "localhost" ? "127.0.0.1" : sameDb.hostname;
    const risky = new PostgresMigrationFactory({ url, shadowDatabaseUrl: sameDb.href });
    try {
      await assert.rejects(risky.connectToShadowDb(), /it is the main database/);
    } finally {
      await risky.close();
    }
  });
});
