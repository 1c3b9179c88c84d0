// The PostgreSQL extensions every embedded (PGlite) database of the app loads. PGlite bundles
// them but loads only those named when a database is opened; a migration's CREATE EXTENSION, or a
// query needing one, fails on a database opened without it. The schema engine opens its own
// PGlite databases with the same list (tools/prisma-wasm-engine/pglite-extensions.mjs): it runs
// under plain Node and cannot import this file; pglite-extensions.test.ts keeps the two equal.
import type { Extensions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const pgliteExtensions = { pg_trgm } satisfies Extensions;
