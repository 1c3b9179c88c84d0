// PostgreSQL for the schema engine: @prisma/adapter-pg plus the fixes the
// schema engine needs (numbered as in the list in schema-engine.mjs):
//   #1 the engine's catalog queries return PostgreSQL's internal `"char"`
//      type (oid 18), which adapter-pg rejects -> report it as text;
//   #2 adapter-pg's executeScript splits scripts on `;` and runs them one by
//      one (not atomic, breaks `$$` bodies) -> send the script as one query;
//   #3 adapter-pg's shadow database helper drops the database before closing
//      its pool, which fails and leaks it -> create and drop it ourselves:
//      close the pool first, then DROP DATABASE … WITH (FORCE);
//   #4 pg lets `connectionString` override `database`, so a shadow pool built
//      from the main URL silently lands on the MAIN database -> connection
//      settings are always passed as separate fields, never as a URL, and
//      every shadow connection is checked to be another database before use.

import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { EMPTY_DATABASE_SQL, isServerError, serverError, wholeScriptExecutor } from "./script.mjs";

/** @typedef {import("@prisma/driver-adapter-utils").SqlMigrationAwareDriverAdapterFactory} SqlMigrationAwareDriverAdapterFactory */
/** @typedef {Awaited<ReturnType<PrismaPg["connect"]>>} PgAdapter */
/** @typedef {{ name: string, oid: string, started: string }} DatabaseIdentity */

// Parse URLs with the very parser pg uses for `connectionString`, so the
// fields we pass are exactly what pg would have derived itself.
const requireFromPg = createRequire(import.meta.resolve("pg"));
/** @type {typeof import("pg-connection-string")} */
const { parse: parseConnectionString } = requireFromPg("pg-connection-string");

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Connection fields for `pg` (host, port, user, password, database, ssl…).
 * Prisma's `?schema=name` becomes the connection's search_path, as with the
 * native engine, and the adapter's schema name.
 * @param {string} url
 * @returns {{ fields: pg.ClientConfig, schema: string | undefined }}
 */
export function pgConfigFromUrl(url) {
  const { schema, ...parsed } = parseConnectionString(url);
  /** @type {Record<string, unknown>} */
  const fields = {};
  for (const [key, value] of Object.entries(parsed)) if (value != null && value !== "") fields[key] = value;
  if (fields.port) fields.port = Number(fields.port);
  if (typeof schema === "string" && schema) {
    const searchPath = `-c search_path="${schema.replaceAll('"', '""')}"`;
    fields.options = fields.options ? `${fields.options} ${searchPath}` : searchPath;
  }
  // What pg's Client derives from a connectionString, field by field.
  return { fields: /** @type {pg.ClientConfig} */ (fields), schema: typeof schema === "string" && schema ? schema : undefined };
}

/**
 * Where a config points, for messages (never includes the password).
 * @param {pg.ClientConfig} fields
 */
export function describeTarget(fields) {
  return `${fields.host ?? "localhost"}:${fields.port ?? 5432}`;
}

/** #1: a pg Client whose results describe `"char"` columns as text. */
class CharAsTextClient extends pg.Client {
  /**
   * pg calls this with a query and values, and a callback from Pool#query;
   * a Submittable (cursor, stream) manages its own results and is left be.
   * @param {string | pg.QueryConfig | pg.Submittable} config
   * @param {unknown} [values]  the query's values, or the callback
   * @param {unknown} [callback]
   * @returns {any} what the overload of pg's query() that matches returns
   */
  query(config, values, callback) {
    if (typeof values === "function") {
      callback = values;
      values = undefined;
    }
    if (typeof config === "object" && "submit" in config) return super.query(config);
    const promise = super.query(config, Array.isArray(values) ? values : undefined).then(retypeCharColumns);
    if (typeof callback !== "function") return promise;
    const reply = callback;
    promise.then(
      (result) => reply(null, result),
      (error) => reply(error),
    );
    return undefined;
  }
}

/**
 * @param {pg.QueryResult | pg.QueryResult[]} result
 * @returns {pg.QueryResult | pg.QueryResult[]}
 */
function retypeCharColumns(result) {
  // Multi-statement scripts produce one result per statement.
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of one?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

/**
 * Runs `fn(client)` on a short-lived connection described by `fields`.
 * @template T
 * @param {pg.ClientConfig} fields
 * @param {(client: pg.Client) => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function withClient(fields, fn) {
  const client = new pg.Client(fields);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** @param {string} name */
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * Identity of the database a client is connected to: database oid plus the
 * server's start time, which differs between any two servers in practice.
 * Host names cannot be compared (localhost vs 127.0.0.1 vs a socket).
 * @param {pg.Client | pg.Pool} queryable
 * @returns {Promise<DatabaseIdentity>}
 */
async function databaseIdentity(queryable) {
  const { rows } = await queryable.query(
    `SELECT current_database() AS name,
            (SELECT oid FROM pg_database WHERE datname = current_database())::text AS oid,
            pg_postmaster_start_time()::text AS started`,
  );
  return rows[0];
}

/** @implements {SqlMigrationAwareDriverAdapterFactory} */
export class PostgresMigrationFactory {
  provider = /** @type {const} */ ("postgres");
  adapterName = "@prisma/adapter-pg";

  /** @type {pg.ClientConfig} */
  #main;
  /** @type {string | undefined} */
  #shadowUrl;
  /** @type {string | undefined} */
  #schema;
  /** @type {DatabaseIdentity | undefined} */
  #mainIdentity;
  /** @type {Set<PgAdapter>} adapters handed to the engine, disposed at exit if the engine did not */
  #open = new Set();
  /** @type {Set<string>} shadow databases we created and have not dropped yet */
  #shadowDatabases = new Set();

  /** @param {{ url: string, shadowDatabaseUrl?: string }} datasource */
  constructor({ url, shadowDatabaseUrl }) {
    const { fields, schema } = pgConfigFromUrl(url);
    this.#main = fields;
    this.#schema = schema;
    this.#shadowUrl = shadowDatabaseUrl;
  }

  async connect() {
    return this.#adapterFor(this.#main);
  }

  async connectToShadowDb() {
    if (this.#shadowUrl) return this.#connectToConfiguredShadow(this.#shadowUrl);

    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    try {
      await withClient(this.#main, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
    } catch (error) {
      if (!isServerError(error)) throw error;
      throw serverError({
        ...error,
        message: `Could not create a temporary shadow database: ${error.message}`,
        hint: "The database user needs the CREATEDB privilege, or a shadow database of its own: datasource.shadowDatabaseUrl (SHADOW_DATABASE_URL in prisma.config.ts).",
      });
    }
    this.#shadowDatabases.add(name);

    /** @type {PgAdapter | undefined} */
    let adapter;
    try {
      // #4: the shadow config is the main config's fields with another
      // `database`; with no connectionString nothing can override it.
      adapter = await this.#adapterFor({ ...this.#main, database: name });
      const identity = await databaseIdentity(adapter.underlyingDriver());
      if (identity.name !== name) {
        throw refusal(`The shadow connection reached database "${identity.name}" instead of "${name}". Nothing was changed.`);
      }
      await this.#assertNotMain(adapter);
    } catch (error) {
      await adapter?.dispose();
      await this.#dropShadowDatabase(name);
      throw error;
    }

    // #3: close the shadow pool first, only then drop its database.
    const closePool = adapter.dispose;
    adapter.dispose = once(async () => {
      await closePool();
      await this.#dropShadowDatabase(name);
    });
    return adapter;
  }

  /** Disposes whatever the engine left open and drops leftover shadows. */
  async close() {
    for (const adapter of [...this.#open]) await adapter.dispose().catch(() => {});
    for (const name of [...this.#shadowDatabases]) await this.#dropShadowDatabase(name).catch(() => {});
  }

  /**
   * `datasource.shadowDatabaseUrl`: a database the user dedicates to this.
   * The WASM engine replays migrations into it without emptying it first
   * (a second replay in the same command then fails on "already exists"),
   * so we empty it before use, and after to leave nothing behind.
   * @param {string} url
   */
  async #connectToConfiguredShadow(url) {
    const { fields } = pgConfigFromUrl(url);
    const adapter = await this.#adapterFor(fields);
    const pool = adapter.underlyingDriver();
    try {
      await this.#assertNotMain(adapter);
      await pool.query(EMPTY_DATABASE_SQL);
    } catch (error) {
      await adapter.dispose();
      throw error;
    }
    const closePool = adapter.dispose;
    adapter.dispose = once(async () => {
      await pool.query(EMPTY_DATABASE_SQL).catch(() => {});
      await closePool();
    });
    return adapter;
  }

  /**
   * #4, checked on the live connection rather than trusted from config.
   * @param {PgAdapter} adapter
   */
  async #assertNotMain(adapter) {
    this.#mainIdentity ??= await withClient(this.#main, databaseIdentity);
    const shadow = await databaseIdentity(adapter.underlyingDriver());
    if (shadow.oid === this.#mainIdentity.oid && shadow.started === this.#mainIdentity.started) {
      throw refusal(
        `Refusing to use database "${shadow.name}" as the shadow database: it is the main database. Nothing was changed.`,
        "Point shadowDatabaseUrl at a database of its own, or remove it to let a temporary one be created.",
      );
    }
  }

  /** @param {string} name */
  async #dropShadowDatabase(name) {
    await withClient(this.#main, async (client) => {
      try {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } catch (error) {
        // WITH (FORCE) exists from PostgreSQL 13 on.
        if (!isServerError(error) || error.code !== "42601") throw error;
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
      }
    });
    this.#shadowDatabases.delete(name);
  }

  /** @param {pg.ClientConfig} fields */
  async #adapterFor(fields) {
    const factory = new PrismaPg({ ...fields, Client: CharAsTextClient }, { schema: this.#schema });
    const adapter = await factory.connect();
    const pool = adapter.underlyingDriver();

    // #2: one query, one implicit transaction, exactly like the native engine.
    adapter.executeScript = wholeScriptExecutor(adapter, (script) => pool.query(script));

    const release = adapter.dispose.bind(adapter);
    adapter.dispose = once(async () => {
      this.#open.delete(adapter);
      await release();
    });
    this.#open.add(adapter);
    return adapter;
  }
}

/**
 * Refuses to go on, in words the CLI will show.
 * @param {string} message
 * @param {string} [hint]
 */
function refusal(message, hint) {
  return serverError({ code: "P0001", severity: "ERROR", message, hint }); // P0001: raise_exception
}

/**
 * @template T
 * @param {() => T} fn
 * @returns {() => T}
 */
function once(fn) {
  /** @type {{ value: T } | undefined} */
  let done;
  return () => (done ??= { value: fn() }).value;
}
