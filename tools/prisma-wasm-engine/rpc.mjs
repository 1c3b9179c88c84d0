// The JSON-RPC side of the shim: what the native schema-engine binary does
// when the CLI starts it without `cli …` arguments.
//
// Newline-delimited JSON-RPC 2.0 on stdin/stdout. Requests are forwarded to
// the WASM engine method of the same name, one at a time (the engine is not
// meant to run two commands at once), with three twists:
//   - `getDatabaseVersion` is `version` in the WASM engine, and
//     `createDatabase` does not exist there (we do it ourselves);
//   - `diff` does not answer with the SQL: like the binary, we send it to the
//     CLI in a `print` request, wait for the CLI's answer, then answer
//     `{ exitCode }`;
//   - #5: `createMigration` and `evaluateDataLoss` fail ("PostgreSQL shadow
//     DB must be provided through an external factory") unless
//     `diagnoseMigrationHistory` with the shadow database (or `devDiagnostic`,
//     which does it internally) has run before in the same engine: we run it
//     first when the CLI has not.

import readline from "node:readline";

const ENGINE_ERROR = 4466; // the code the native binary uses for engine errors
const METHOD_NOT_FOUND = -32601;
const PARSE_ERROR = -32700;

/**
 * @param {object} options
 * @param {() => Promise<any>} options.getEngine   the WASM SchemaEngine, created lazily
 * @param {(params: any) => Promise<any>} options.createDatabase
 * @param {NodeJS.ReadableStream} options.input
 * @param {(line: string) => void} options.send   writes one line to the CLI
 * @returns {{ closed: Promise<void>, idle: () => Promise<void>, failInFlight: (error: unknown) => void }}
 */
export function serveJsonRpc({ getEngine, createDatabase, input, send }) {
  let queue = Promise.resolve(); // serialises engine calls
  let nextOwnId = 1;
  const awaitingCli = new Map(); // our requests to the CLI (print), by id
  let primedForShadow = false; // #5

  const reply = (id, body) => send(JSON.stringify({ jsonrpc: "2.0", id, ...body }));

  function askCli(method, params) {
    const id = nextOwnId++;
    return new Promise((resolve) => {
      awaitingCli.set(id, resolve);
      send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
    });
  }

  async function call(method, params) {
    switch (method) {
      case "getDatabaseVersion":
        return (await getEngine()).version(params ?? undefined);
      case "createDatabase":
        return createDatabase(params);
      case "diff": {
        const { exitCode, stdout } = await (await getEngine()).diff(params);
        if (stdout) await askCli("print", { content: stdout.replace(/\n$/, "") });
        return { exitCode };
      }
      case "diagnoseMigrationHistory": {
        const result = await (await getEngine()).diagnoseMigrationHistory(params);
        if (params?.optInToShadowDatabase) primedForShadow = true;
        return result;
      }
      case "devDiagnostic": {
        // Runs the same diagnosis internally (measured: primes the engine too).
        const result = await (await getEngine()).devDiagnostic(params);
        primedForShadow = true;
        return result;
      }
      case "createMigration":
      case "evaluateDataLoss": {
        const engine = await getEngine();
        if (!primedForShadow) {
          await engine.diagnoseMigrationHistory({
            migrationsList: params.migrationsList,
            optInToShadowDatabase: true,
            filters: params.filters,
          });
          primedForShadow = true;
        }
        return engine[method](params);
      }
      default: {
        if (!PASS_THROUGH.has(method)) {
          throw Object.assign(new Error(`Unknown method: ${method}`), { rpcCode: METHOD_NOT_FOUND });
        }
        return (await getEngine())[method](params);
      }
    }
  }

  let current; // the request being executed, if any
  function onRequest({ id, method, params }) {
    queue = queue
      .then(() => {
        current = { id, answered: false };
        return timed(method, () => call(method, params));
      })
      .then(
        (result) => answer(id, { result: result ?? {} }),
        (error) => answer(id, { error: toRpcError(error) }),
      );
  }
  function answer(id, body) {
    if (current?.id === id && current.answered) return;
    current = undefined;
    reply(id, body);
  }

  /**
   * Some engine failures (e.g. params it cannot deserialize) are thrown from
   * inside WASM callbacks, as uncaught exceptions rather than rejections. The
   * engine cannot be trusted after that: answer the request in flight as a
   * panic, like the binary would, and let the caller exit.
   */
  function failInFlight(error) {
    if (!current || current.answered) return;
    current.answered = true;
    reply(current.id, { error: toRpcError(error, { panic: true }) });
  }

  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      reply(null, { error: { code: PARSE_ERROR, message: "Parse error" } });
      return;
    }
    if (message.method !== undefined) {
      onRequest(message);
    } else if (awaitingCli.has(message.id)) {
      awaitingCli.get(message.id)(message.result);
      awaitingCli.delete(message.id);
    }
  });

  const closed = new Promise((resolve) => lines.on("close", resolve));
  return { closed, idle: () => queue, failInFlight };
}

/**
 * SCHEMA_ENGINE_SHIM_DEBUG=1 logs how long each method took (on stderr,
 * which the CLI shows with DEBUG=prisma:schemaEngine:stderr).
 */
async function timed(method, fn) {
  if (!process.env.SCHEMA_ENGINE_SHIM_DEBUG) return fn();
  const start = performance.now();
  try {
    return await fn();
  } finally {
    const ms = Math.round(performance.now() - start);
    process.stderr.write(
      `${JSON.stringify({ level: "DEBUG", target: "schema_engine_shim", fields: { message: `${method} took ${ms} ms` } })}\n`,
    );
  }
}

/** CLI methods that the WASM engine implements under the same name. */
const PASS_THROUGH = new Set([
  "applyMigrations",
  "dbExecute",
  "debugPanic",
  "ensureConnectionValidity",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);

/**
 * The error shape the CLI understands (its schema-engine client reads
 * `data.is_panic`, `data.message` and `data.error_code`).
 * WASM engine errors carry `code` (a Prisma error code like P3006) and a
 * `message` followed by a tracing span dump that only adds noise.
 */
export function toRpcError(error, { panic = false } = {}) {
  if (error?.rpcCode) return { code: error.rpcCode, message: error.message };
  const isPanic = panic || error instanceof WebAssembly.RuntimeError;
  const errorCode = typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : null;
  const message = cleanMessage(error?.message ?? String(error));
  return {
    code: ENGINE_ERROR,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: isPanic,
      message,
      error_code: errorCode,
      meta: error?.meta ?? {},
      ...(isPanic ? { error: { message } } : {}),
    },
  };
}

/**
 * Drops the "   0: schema_engine_wasm::…" span trace the WASM engine appends,
 * keeping the one useful thing in it: which migration failed.
 */
export function cleanMessage(message) {
  const cut = message.search(/\n\s*0: [a-z_]+::/);
  if (cut === -1) return message.trimEnd();
  const text = message.slice(0, cut).trimEnd();
  const migration = /migration_name="([^"]+)"/.exec(message.slice(cut))?.[1];
  return migration && !text.includes(migration) ? `${text}\n\nMigration name: ${migration}` : text;
}
