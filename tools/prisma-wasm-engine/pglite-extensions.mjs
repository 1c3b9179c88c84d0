// The PostgreSQL extensions every PGlite database the schema engine opens loads: the app's
// embedded database and the shadow databases migrations are replayed into. PGlite bundles them
// but loads only those named when a database is opened; a migration's CREATE EXTENSION fails on
// a database opened without it. The app's copy is lib/pglite-extensions.ts (this package runs
// under plain Node and cannot import TypeScript); lib/pglite-extensions.test.ts keeps them equal.
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const pgliteExtensions = { pg_trgm };
