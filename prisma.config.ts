// Prisma CLI configuration (Prisma 7 reads the datasource URL from here, not
// from schema.prisma).
//
// - DATABASE_URL=postgres://… or postgresql://…  -> that PostgreSQL database.
// - DATABASE_URL unset -> the embedded PGlite database (.data/pglite, or
//   $PGLITE_DIR). The CLI requires a URL, so it gets PGLITE_URL, a
//   placeholder that the schema-engine shim maps to PGlite.
//
// The native schema-engine binary cannot be downloaded here, so the CLI is
// pointed at tools/prisma-wasm-engine/schema-engine.mjs, which speaks the
// binary's protocol on top of the WASM schema engine (docs/database.md).
// `??=` keeps an explicit PRISMA_SCHEMA_ENGINE_BINARY from the environment.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { PGLITE_URL } from "./tools/prisma-wasm-engine/datasource.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "tools", "prisma-wasm-engine", "schema-engine.mjs");

export default defineConfig({
  schema: path.join(root, "prisma", "schema.prisma"),
  migrations: {
    path: path.join(root, "prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // process.env, not env(): env() throws when the variable is unset.
    url: process.env.DATABASE_URL || PGLITE_URL,
    // PostgreSQL only, optional: a database dedicated to `migrate dev` /
    // `db:check` replays, for users without CREATEDB. Unset, a temporary
    // database is created and dropped. (PGlite always uses an in-memory one.)
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined,
  },
});
