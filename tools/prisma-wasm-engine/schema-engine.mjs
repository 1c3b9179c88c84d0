#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, backed by the
// WebAssembly schema engine (@prisma/schema-engine-wasm) and driver adapters.
//
// WHY: every `prisma` CLI command starts by downloading the native
// schema-engine binary, which this project's machines cannot do (no network
// but the npm registry). The CLI runs whatever executable
// PRISMA_SCHEMA_ENGINE_BINARY names instead; prisma.config.ts points it here.
// Background: docs/database.md.
//
// WHICH DATABASE (see datasource.mjs):
//   - datasource URL postgres://… / postgresql://…  -> PostgreSQL, through
//     @prisma/adapter-pg + pg (adapters/postgres.mjs);
//   - the placeholder `postgresql://pglite.invalid/pglite`, which
//     prisma.config.ts uses when DATABASE_URL is unset -> the embedded PGlite
//     database in <repo>/.data/pglite, or in $PGLITE_DIR when set (a path, or
//     `memory://` for a throw-away database) (adapters/pglite.mjs).
//   Shadow databases: with PGlite always an in-memory PGlite; with
//   PostgreSQL a temporary `prisma_migrate_shadow_db_<uuid>` database created
//   and dropped here, or `datasource.shadowDatabaseUrl` if the config sets
//   one (emptied before and after use; refused if it is the main database).
//
// PROTOCOL (the binary's, as the CLI uses it):
//   schema-engine --version
//       prints "schema-engine-cli <engine git hash>".
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database
//   schema-engine --datasource '{"url":…}' cli create-database
//       exit 0 on success; otherwise exit 1 with JSON log lines on stderr,
//       of which the CLI skips the first line and reads
//       {"level":"ERROR","target":"schema_engine::logger",
//        "fields":{"message":…,"error_code":"P1003"}}.
//   schema-engine [--datamodels <schema file>]… [--datasource <json>]
//       JSON-RPC 2.0 over stdin/stdout (rpc.mjs) until stdin closes.
//
// BUGS WORKED AROUND (numbered as in the notes):
//   #1 "char" columns, #2 split scripts, #3 leaked shadow databases,
//   #4 shadow connection landing on the main database -> adapters/postgres.mjs
//   #5 createMigration/evaluateDataLoss need diagnoseMigrationHistory first
//      -> rpc.mjs
//   #6 PGlite migration scripts not awaited -> adapters/pglite.mjs
//   #7 the process does not exit by itself (PGlite leaves a 10 s timer)
//      -> we close everything and call process.exit() (below).

import { readFileSync } from "node:fs";
import { loadSchemaEngineWasm } from "./wasm.mjs";
import { serveJsonRpc } from "./rpc.mjs";
import { canConnect, createAdapterFactory, createDatabase } from "./databases.mjs";
import { errorCode, errorMessage, UserFacingError } from "./errors.mjs";

/** @typedef {import("./databases.mjs").Datasource} Datasource */
/** @typedef {{ datamodels: string[], datasource: Datasource | undefined, cli: string | undefined, version: boolean }} Args */

const args = parseArgs(process.argv.slice(2));

if (args.version) {
  const { version } = await loadSchemaEngineWasm();
  process.stdout.write(`schema-engine-cli ${version()}\n`);
  process.exit(0);
} else if (args.cli) {
  await runCliCommand(args.cli, args.datasource);
} else {
  await runRpcServer(args);
}

/**
 * @param {string[]} argv
 * @returns {Args}
 */
function parseArgs(argv) {
  /** @type {Args} */
  const parsed = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") parsed.version = true;
    else if (arg === "--datamodels") parsed.datamodels.push(argv[++i]);
    else if (arg === "--datasource") parsed.datasource = JSON.parse(argv[++i]);
    else if (arg === "cli") parsed.cli = argv[++i];
    // --enabled-preview-features / --extension-types: the WASM engine takes
    // neither; skip their values.
    else if (arg.startsWith("--")) i++;
  }
  return parsed;
}

/**
 * `schema-engine cli <command>`: one-shot commands, answered by exit code.
 * @param {string} command
 * @param {Datasource | undefined} datasource
 */
async function runCliCommand(command, datasource) {
  // The CLI skips the first stderr line and parses every other one as JSON.
  /**
   * @param {string} level
   * @param {{ message: string, error_code?: string }} fields
   */
  const log = (level, fields) => process.stderr.write(`${JSON.stringify({ level, target: "schema_engine::logger", fields })}\n`);
  log("INFO", { message: `schema-engine (wasm shim) cli ${command}` });
  // Node prints warnings (e.g. pg's about sslmode) as plain text: keep JSON.
  process.removeAllListeners("warning");
  process.on("warning", (warning) => log("WARN", { message: warning.message }));
  try {
    const url = datasource?.url;
    if (!url) throw new UserFacingError("P1012", "No datasource URL was given.");
    if (command === "can-connect-to-database") {
      await canConnect(url);
    } else if (command === "create-database") {
      const name = await createDatabase(url);
      process.stdout.write(`Database '${name}' was successfully created.\n`);
    } else {
      throw new Error(`Unsupported command: cli ${command}`);
    }
    process.exit(0);
  } catch (error) {
    log("ERROR", { message: errorMessage(error), error_code: errorCode(error) });
    process.exit(1);
  }
}

/**
 * Default mode: serve JSON-RPC until the CLI closes our stdin.
 * @param {Args} args
 */
async function runRpcServer({ datamodels, datasource }) {
  // stdout carries the protocol only: anything a library prints goes to stderr.
  for (const method of /** @type {const} */ (["log", "info", "debug"])) console[method] = console.error;

  const stdout = process.stdout;
  /** @param {string} line */
  const send = (line) => stdout.write(`${line}\n`);

  /** @type {import("./databases.mjs").MigrationFactory | undefined} */
  let factory;
  /** @type {Promise<import("./rpc.mjs").SchemaEngine> | undefined} */
  let enginePromise;
  const getEngine = () => (enginePromise ??= startEngine());
  async function startEngine() {
    const { SchemaEngine } = await loadSchemaEngineWasm();
    const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
    factory = createAdapterFactory(datasource);
    /** @type {[string, string][]} */
    const files = datamodels.map((path) => [path, readFileSync(path, "utf8")]);
    /** @param {unknown} line */
    const onLog = (line) => process.stderr.write(`${String(line).trimEnd()}\n`);
    return SchemaEngine.new({ datamodels: files.length ? files : undefined }, onLog, bindMigrationAwareSqlAdapterFactory(factory));
  }

  const server = serveJsonRpc({
    getEngine,
    createDatabase: async (params) => {
      // The CLI's params: { datasource: { tag: "ConnectionString", url } } or { datasource: { tag: "Schema", … } }.
      const requested = /** @type {{ datasource?: { url?: unknown } } | null | undefined} */ (params)?.datasource?.url;
      return { databaseName: await createDatabase(typeof requested === "string" ? requested : datasource?.url) };
    },
    input: process.stdin,
    send,
  });

  // #7: when the CLI is done (stdin closed, or it sends SIGTERM right after
  // closing stdin), finish the command in flight, close every connection so
  // PGlite writes a clean shutdown and shadow databases are dropped, then exit.
  /** @type {Promise<void> | undefined} */
  let shuttingDown;
  /**
   * @param {number} code
   * @param {{ waitForCommand?: boolean }} [options]
   */
  const shutdown = (code, { waitForCommand = true } = {}) =>
    (shuttingDown ??= (async () => {
      if (waitForCommand) await Promise.race([server.idle(), delay(30_000)]);
      await factory?.close().catch((error) => console.error("schema-engine shim: close failed:", error));
      await new Promise((resolve) => stdout.write("", resolve));
      process.exit(code);
    })());

  server.closed.then(() => shutdown(0));
  process.on("uncaughtException", (error) => {
    process.stderr.write(
      `${JSON.stringify({ level: "ERROR", target: "schema_engine_shim", fields: { message: String(error?.stack ?? error) } })}\n`,
    );
    server.failInFlight(error);
    shutdown(101, { waitForCommand: false }); // 101: the binary's exit code for a panic
  });
  process.on("SIGTERM", () => shutdown(0));
  process.on("SIGINT", () => shutdown(130));
  // The CLI may be gone already (EPIPE): nothing left to tell it.
  stdout.on("error", () => {});
  process.stderr.on("error", () => {});
}

/** @param {number} ms */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
