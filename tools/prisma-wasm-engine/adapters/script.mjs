// SQL-level helpers shared by both adapters.
//
// executeScript, as the schema engine needs it: migration scripts must run
// as ONE query. PostgreSQL then runs all their statements in one implicit
// transaction (a failing migration leaves nothing behind) and `$$ … $$`
// bodies stay intact. This is what the native engine does; adapter-pg
// instead splits on `;` (#2) and pglite-prisma-adapter does not await the
// script at all (#6).
// Errors: the adapters translate PostgreSQL errors into Prisma's query-level
// categories, which drops the server's message ("syntax error at or near
// …"). For scripts we hand the engine the raw PostgreSQL error instead, so a
// failed migration shows what the server said.

import { DriverAdapterError } from "@prisma/driver-adapter-utils";

/**
 * What a PostgreSQL ErrorResponse carries (pg's and PGlite's DatabaseError
 * alike), as far as the engine shows it.
 * @typedef {{ code: string, severity: string, message: string, detail?: string, column?: string, hint?: string }} ServerErrorFields
 */

/**
 * @param {import("@prisma/driver-adapter-utils").SqlDriverAdapter} adapter
 *   the adapter whose executeScript this replaces
 * @param {(script: string) => Promise<unknown>} run   runs the whole script
 * @returns {(script: string) => Promise<void>}
 */
export function wholeScriptExecutor(adapter, run) {
  const translate = driverErrorTranslator(adapter);
  return async (script) => {
    try {
      await run(script);
    } catch (error) {
      if (isServerError(error)) throw serverError(error);
      translate(error);
    }
  };
}

/**
 * For errors that are not the server's (connection lost…), the adapter's own
 * translation into the driver-adapter errors the engine understands. Both
 * adapters have it as `onError`, outside their typed interface (protected in
 * adapter-pg's types, absent from pglite-prisma-adapter's); should a release
 * drop it, such errors pass through unchanged.
 * @param {object} adapter
 * @returns {(error: unknown) => never}
 */
function driverErrorTranslator(adapter) {
  const onError = Reflect.get(adapter, "onError");
  return (error) => {
    if (typeof onError === "function") onError.call(adapter, error);
    throw error;
  };
}

/**
 * An ErrorResponse from the server (pg's and PGlite's DatabaseError alike).
 * @param {unknown} error
 * @returns {error is Error & ServerErrorFields}
 */
export function isServerError(error) {
  return (
    error instanceof Error &&
    "code" in error &&
    typeof error.code === "string" &&
    /^[0-9A-Z]{5}$/.test(error.code) &&
    "severity" in error &&
    typeof error.severity === "string"
  );
}

/**
 * A PostgreSQL error as a driver-adapter error. The engine prints the message
 * (and hint) of those, while it reduces any other error from our code to
 * "External error id#…".
 * @param {ServerErrorFields} error
 */
export function serverError({ code, severity, message, detail, column, hint }) {
  return new DriverAdapterError({ kind: "postgres", code, severity, message, detail, column, hint });
}

/**
 * Back to the state of a fresh database: drop every schema but the system
 * ones (with whatever is in them: tables, types, functions, extensions) and
 * recreate an empty `public`. The WASM engine replays migrations into a
 * shadow database it is given without emptying it first.
 */
export const EMPTY_DATABASE_SQL = `
  DO $empty$
  DECLARE s name;
  BEGIN
    FOR s IN SELECT nspname FROM pg_namespace
             WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
               AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
    LOOP
      EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
    CREATE SCHEMA public;
  END
  $empty$;
`;
