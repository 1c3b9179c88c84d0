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
import { errorCode, errorMessage } from "./errors.mjs";

/** @typedef {import("@prisma/schema-engine-wasm/schema_engine_bg").SchemaEngine} SchemaEngine */
/** @typedef {number | string | null} RpcId */
/** @typedef {{ code: number, message: string, data?: unknown }} RpcError */
/**
 * A line from the CLI: a request, or the answer to one of ours (`print`).
 * @typedef {{ id: RpcId, method: string, params?: unknown }
 *   | { id: RpcId, method?: undefined, result?: unknown }} RpcMessage
 */

const ENGINE_ERROR = 4466; // the code the native binary uses for engine errors
const METHOD_NOT_FOUND = -32601;
const PARSE_ERROR = -32700;

/** CLI methods that the WASM engine implements under the same name. */
const PASS_THROUGH = /** @type {const} */ ([
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

/** A JSON-RPC error of the protocol itself, not of the engine. */
class ProtocolError extends Error {
  /**
   * @param {number} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * @param {object} options
 * @param {() => Promise<SchemaEngine>} options.getEngine   the WASM SchemaEngine, created lazily
 * @param {(params: unknown) => Promise<unknown>} options.createDatabase
 * @param {NodeJS.ReadableStream} options.input
 * @param {(line: string) => void} options.send   writes one line to the CLI
 * @returns {{ closed: Promise<void>, idle: () => Promise<void>, failInFlight: (error: unknown) => void }}
 */
export function serveJsonRpc({ getEngine, createDatabase, input, send }) {
  /** @type {Promise<void>} serialises engine calls */
  let queue = Promise.resolve();
  let nextOwnId = 1;
  /** @type {Map<RpcId, (result: unknown) => void>} our requests to the CLI (print), by id */
  const awaitingCli = new Map();
  let primedForShadow = false; // #5

  /**
   * @param {RpcId} id
   * @param {{ result: unknown } | { error: RpcError }} body
   */
  const reply = (id, body) => send(JSON.stringify({ jsonrpc: "2.0", id, ...body }));

  /**
   * @param {string} method
   * @param {unknown} params
   */
  function askCli(method, params) {
    const id = nextOwnId++;
    return new Promise((resolve) => {
      awaitingCli.set(id, resolve);
      send(JSON.stringify({ jsonrpc: "2.0", id, method, params }));
    });
  }

  /**
   * @param {string} method
   * @param {unknown} params
   * @returns {Promise<unknown>}
   */
  async function call(method, params) {
    switch (method) {
      case "getDatabaseVersion":
        return forward(await getEngine(), "version", params ?? undefined);
      case "createDatabase":
        return createDatabase(params);
      case "diff": {
        const { exitCode, stdout } = await forward(await getEngine(), "diff", params);
        if (stdout) await askCli("print", { content: stdout.replace(/\n$/, "") });
        return { exitCode };
      }
      case "diagnoseMigrationHistory": {
        const result = await forward(await getEngine(), "diagnoseMigrationHistory", params);
        if (isObject(params) && params.optInToShadowDatabase) primedForShadow = true;
        return result;
      }
      case "devDiagnostic": {
        // Runs the same diagnosis internally (measured: primes the engine too).
        const result = await forward(await getEngine(), "devDiagnostic", params);
        primedForShadow = true;
        return result;
      }
      case "createMigration":
      case "evaluateDataLoss": {
        const engine = await getEngine();
        if (!primedForShadow) {
          /** @type {Record<string, unknown>} */
          const input = isObject(params) ? params : {};
          await forward(engine, "diagnoseMigrationHistory", {
            migrationsList: input.migrationsList,
            optInToShadowDatabase: true,
            filters: input.filters,
          });
          primedForShadow = true;
        }
        return forward(engine, method, params);
      }
      default: {
        if (!isPassThrough(method)) throw new ProtocolError(METHOD_NOT_FOUND, `Unknown method: ${method}`);
        return forward(await getEngine(), method, params);
      }
    }
  }

  /** @type {{ id: RpcId, answered: boolean } | undefined} the request being executed, if any */
  let current;
  /**
   * @param {RpcId} id
   * @param {string} method
   * @param {unknown} params
   */
  function onRequest(id, method, params) {
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
  /**
   * @param {RpcId} id
   * @param {{ result: unknown } | { error: RpcError }} body
   */
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
   * @param {unknown} error
   */
  function failInFlight(error) {
    if (!current || current.answered) return;
    current.answered = true;
    reply(current.id, { error: toRpcError(error, { panic: true }) });
  }

  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    /** @type {RpcMessage} */
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      reply(null, { error: { code: PARSE_ERROR, message: "Parse error" } });
      return;
    }
    if (message.method !== undefined) {
      onRequest(message.id, message.method, message.params);
      return;
    }
    const resolve = awaitingCli.get(message.id);
    if (resolve) {
      awaitingCli.delete(message.id);
      resolve(message.result);
    }
  });

  /** @type {Promise<void>} */
  const closed = new Promise((resolve) => lines.on("close", resolve));
  return { closed, idle: () => queue, failInFlight };
}

/**
 * Calls an engine method with the CLI's params as they came, in JSON: the
 * engine validates them itself (and panics on what it cannot read), so they
 * are handed over as the method's input type without a check of our own.
 * @template {"version" | "diff" | "diagnoseMigrationHistory" | "devDiagnostic" | "createMigration" | "evaluateDataLoss" | PassThroughMethod} M
 * @param {SchemaEngine} engine
 * @param {M} method
 * @param {unknown} params
 * @returns {ReturnType<SchemaEngine[M]>}
 */
function forward(engine, method, params) {
  const run = /** @type {(this: SchemaEngine, params: unknown) => ReturnType<SchemaEngine[M]>} */ (engine[method]);
  return run.call(engine, params);
}

/** @typedef {(typeof PASS_THROUGH)[number]} PassThroughMethod */

/**
 * @param {string} method
 * @returns {method is PassThroughMethod}
 */
function isPassThrough(method) {
  return /** @type {readonly string[]} */ (PASS_THROUGH).includes(method);
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isObject(value) {
  return typeof value === "object" && value !== null;
}

/**
 * SCHEMA_ENGINE_SHIM_DEBUG=1 logs how long each method took (on stderr,
 * which the CLI shows with DEBUG=prisma:schemaEngine:stderr).
 * @template T
 * @param {string} method
 * @param {() => Promise<T>} fn
 * @returns {Promise<T>}
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

/**
 * The error shape the CLI understands (its schema-engine client reads
 * `data.is_panic`, `data.message` and `data.error_code`).
 * WASM engine errors carry `code` (a Prisma error code like P3006), `meta`
 * and a `message` followed by a tracing span dump that only adds noise.
 * @param {unknown} error
 * @param {{ panic?: boolean }} [options]
 * @returns {RpcError}
 */
function toRpcError(error, { panic = false } = {}) {
  if (error instanceof ProtocolError) return { code: error.code, message: error.message };
  const isPanic = panic || error instanceof WebAssembly.RuntimeError;
  const code = errorCode(error);
  const message = errorMessage(error);
  return {
    code: ENGINE_ERROR,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: isPanic,
      message,
      error_code: code && /^P\d{4}$/.test(code) ? code : null,
      meta: (isObject(error) ? error.meta : undefined) ?? {},
      ...(isPanic ? { error: { message } } : {}),
    },
  };
}
