// The PostgreSQL extensions every PGlite database of the app loads (the app's own client, the
// schema engine's databases, tests). PGlite bundles them but loads only those named when opened;
// a migration's CREATE EXTENSION fails on a database opened without it.
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const pgliteExtensions = { pg_trgm };
