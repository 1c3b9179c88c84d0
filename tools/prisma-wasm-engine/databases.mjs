// Database-level operations the WASM engine does not do itself: pick the
// driver adapter for a datasource, check that the database exists, create it.
// Used by `schema-engine cli can-connect-to-database | create-database` and by
// the `createDatabase` RPC method.

import pg from "pg";
import { isPgliteUrl, isPostgresUrl, resolvePgliteDir } from "./datasource.mjs";
import { errorCode, UserFacingError } from "./errors.mjs";
import { createPgliteDir, pgliteDirExists, PgliteMigrationFactory } from "./adapters/pglite.mjs";
import { describeTarget, pgConfigFromUrl, PostgresMigrationFactory } from "./adapters/postgres.mjs";

/**
 * The `--datasource` the CLI passes (as JSON), from prisma.config.ts.
 * @typedef {{ url?: string, shadowDatabaseUrl?: string }} Datasource
 */
/** @typedef {PgliteMigrationFactory | PostgresMigrationFactory} MigrationFactory */

/** @param {string | undefined} url */
function invalidUrl(url) {
  return new UserFacingError(
    "P1013",
    `The provided database string is invalid. Only postgres:// and postgresql:// URLs are supported` +
      ` (leave DATABASE_URL unset for the embedded PGlite database), got "${redact(url)}".`,
  );
}

/**
 * Never echo passwords.
 * @param {string | undefined} url
 */
function redact(url) {
  return String(url).replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}

/**
 * The driver adapter factory for the engine.
 * Without any URL (e.g. `migrate diff --from-empty --to-schema`) the engine
 * still wants an adapter: an in-memory PGlite is harmless and offline.
 * @param {Datasource | undefined} datasource
 * @returns {MigrationFactory}
 */
export function createAdapterFactory(datasource) {
  const url = datasource?.url;
  if (!url) return new PgliteMigrationFactory("memory://");
  if (isPgliteUrl(url)) return new PgliteMigrationFactory(resolvePgliteDir());
  if (isPostgresUrl(url)) return new PostgresMigrationFactory({ ...datasource, url });
  throw invalidUrl(url);
}

/**
 * Resolves if the database can be used, throws a UserFacingError if not.
 * @param {string} url
 */
export async function canConnect(url) {
  if (isPgliteUrl(url)) {
    const dir = resolvePgliteDir();
    if (!pgliteDirExists(dir)) throw new UserFacingError("P1003", `Database \`pglite\` does not exist at \`${dir}\`.`);
    return;
  }
  if (!isPostgresUrl(url)) throw invalidUrl(url);
  const { fields } = pgConfigFromUrl(url);
  const client = new pg.Client(fields);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw postgresError(error, fields);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Creates the database named by the URL; returns its name.
 * @param {string | undefined} url
 * @returns {Promise<string>}
 */
export async function createDatabase(url) {
  if (isPgliteUrl(url)) {
    await createPgliteDir(resolvePgliteDir());
    return "pglite";
  }
  if (!url || !isPostgresUrl(url)) throw invalidUrl(url);
  const { fields } = pgConfigFromUrl(url);
  const name = fields.database ?? fields.user;
  if (!name) throw new UserFacingError("P1013", "The provided database string is invalid. It names no database.");
  // The database does not exist yet: connect to a maintenance database.
  /** @type {unknown} */
  let lastError;
  for (const maintenance of ["postgres", "template1"]) {
    const client = new pg.Client({ ...fields, database: maintenance });
    try {
      await client.connect();
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      return name;
    } catch (error) {
      lastError = error;
      if (errorCode(error) !== "3D000") break; // only retry when `postgres` itself is missing
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw postgresError(lastError, fields);
}

/**
 * Translates pg errors into the Prisma error codes the CLI knows.
 * @param {unknown} error
 * @param {import("pg").ClientConfig} fields
 * @returns {unknown}
 */
function postgresError(error, fields) {
  const where = describeTarget(fields);
  switch (errorCode(error)) {
    case "3D000":
      return new UserFacingError("P1003", `Database \`${fields.database}\` does not exist on the database server at \`${where}\`.`);
    case "28P01":
    case "28000":
      return new UserFacingError(
        "P1000",
        `Authentication failed against database server at \`${where}\`, the provided database credentials for \`${fields.user}\` are not valid.`,
      );
    case "42P04":
      return new UserFacingError("P1009", `Database \`${fields.database}\` already exists on the database server at \`${where}\`.`);
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return new UserFacingError("P1001", `Can't reach database server at \`${where}\`.`);
    default:
      return error;
  }
}
