import "server-only";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { pgliteExtensions } from "./pglite-extensions";
import { lockDataDir } from "./pglite-lock";
import { PrismaClient } from "./generated/prisma/client.ts";
import { env, type Env } from "./env";

type Database = {
  client: PrismaClient;
  kind: "pglite" | "postgresql";
  /** Runs a multi-statement SQL script outside Prisma (migrations in tests). */
  runScript: (sql: string) => Promise<void>;
  close: () => Promise<void>;
};

function openPglite(dir: string): Database {
  const inMemory = dir.startsWith("memory://");
  const dataDir = inMemory ? dir : path.resolve(dir);
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  const pglite = new PGlite(dataDir, { extensions: pgliteExtensions });
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    client,
    kind: "pglite",
    runScript: async (sql) => {
      await pglite.exec(sql);
    },
    close: async () => {
      await client.$disconnect();
      if (!pglite.closed) await pglite.close();
      unlock();
    },
  };
}

export type PoolSettings = Env["databasePool"];

/** How a raw statement asks to be prepared: it starts with this comment, which names it. */
export const preparedStatement = (name: string) => `/* prepared: ${name} */`;
const preparedMarker = /^\s*\/\* prepared: ([\w.-]+) \*\//;
const preparedNames = new Map<string, string>();

/**
 * The name a statement is prepared under on each connection, for the statements that ask
 * (`preparedStatement`): the busiest ones, which PostgreSQL then parses once per connection and
 * plans once for good after a few runs (a hosting request's submission spent more time being
 * planned than running). Its text's hash is part of the name: a connection holds one statement per
 * name. Any other statement is not prepared (it is the unnamed statement), so that the many texts
 * Prisma writes do not pile up on the server.
 */
function preparedStatementName({ sql }: { sql: string }): string {
  const name = preparedMarker.exec(sql)?.[1];
  // The empty name is the protocol's unnamed statement, which pg neither keeps nor reuses.
  if (!name) return "";
  let prepared = preparedNames.get(sql);
  if (!prepared) {
    prepared = `${name}:${createHash("sha1").update(sql).digest("base64url").slice(0, 16)}`;
    if (preparedNames.size < 1000) preparedNames.set(sql, prepared);
  }
  return prepared;
}

/**
 * A PostgreSQL server through a bounded pool. Past `size` connections a query waits for a free one,
 * at most `timeoutMs`; then it fails, and the doors answer 503 with Retry-After (lib/db-errors.ts)
 * rather than let requests queue for seconds. A transaction may wait a little longer than a query
 * to start, so that the pool's own timeout speaks first and the waiter leaves its queue; the margin
 * is the BEGIN's round trip.
 */
export function openPostgres(url: string, pool: PoolSettings = env.databasePool): Database {
  keepPrismaCompilerUnoptimized();
  const adapter = new PrismaPg(
    { connectionString: url, max: pool.size, connectionTimeoutMillis: pool.timeoutMs },
    { statementNameGenerator: preparedStatementName },
  );
  const client = new PrismaClient({
    adapter,
    transactionOptions: { maxWait: pool.timeoutMs + 1000, timeout: pool.transactionTimeoutMs },
  });
  return {
    client,
    kind: "postgresql",
    runScript: async (sql) => {
      const { Client } = await import("pg");
      const pg = new Client({ connectionString: url });
      await pg.connect();
      try {
        await pg.query(sql);
      } finally {
        await pg.end();
      }
    },
    close: () => client.$disconnect(),
  };
}

/**
 * Prisma's query compiler is WebAssembly, and V8 compiles its hot functions a second time with its
 * optimizing compiler: those compilations hold about 100 MB of native memory per process, which
 * glibc never gives back, for code that takes about 1 % of the server's CPU time (measured under
 * load; docs/DEPLOYMENT.md, "Memory under load"). V8's baseline compiler alone keeps it at that.
 * Only for PostgreSQL: the embedded database is PostgreSQL compiled to WebAssembly, and needs the
 * optimized code. Set before the first query, which compiles the module.
 */
function keepPrismaCompilerUnoptimized() {
  setFlagsFromString("--liftoff-only");
}

// One client per process, kept across hot reloads in development. Opened on
// first use, so importing this module (e.g. while Next builds) touches nothing.
const globalForDb = globalThis as unknown as { __database?: Database };

export function getDatabase(): Database {
  globalForDb.__database ??= env.databaseUrl ? openPostgres(env.databaseUrl) : openPglite(env.pgliteDir);
  return globalForDb.__database;
}

/** The one Prisma client. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, property) {
    const client = getDatabase().client;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
