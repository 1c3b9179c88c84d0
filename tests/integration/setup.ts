import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import { migrationNames, migrationScripts, recordAppliedSql } from "./migrations";

/**
 * Each suite gets a fresh database: PGlite in memory by default, migrated here, or a new database on
 * the PostgreSQL server named by TEST_DATABASE_URL, copied from the run's migrated template
 * (./global-setup.ts) and dropped after.
 */
const adminUrl = process.env.TEST_DATABASE_URL;
const template = inject("templateDatabase");
let databaseName: string | undefined;

function urlFor(name: string): string {
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(sql: string) {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

(globalThis as { __database?: unknown }).__database = undefined;
if (adminUrl) {
  databaseName = `it_${Date.now()}_${randomBytes(4).toString("hex")}`;
  await onServer(`CREATE DATABASE "${databaseName}"${template ? ` TEMPLATE "${template}"` : ""}`);
  process.env.DATABASE_URL = urlFor(databaseName);
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
}
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
// Every answer a route handler gives is checked against its route's spec (./global-setup.ts counts them).
process.env.API_CONTRACT_LOG = inject("apiContractLog");

const database = (await import("@/lib/db")).getDatabase();

beforeAll(async () => {
  if (adminUrl && template) return;
  for (const sql of migrationScripts()) await database.runScript(sql);
  // Recorded as `migrate deploy` would: the database is then ready, as a deployed one is.
  await database.runScript(recordAppliedSql(migrationNames()));
});

// A test (or a suite's hooks) whose calls got answers their routes do not declare fails, naming them.
const { takeContractMismatches } = await import("@/lib/api-contract-recorder");
function failOnContractMismatches() {
  const mismatches = takeContractMismatches();
  if (mismatches.length) {
    const lines = mismatches.map((m) => `  ${m.route} → ${m.status}: ${m.problems?.join("; ")}`);
    throw new Error(`Answers that do not match their routes' declared answers:\n${lines.join("\n")}`);
  }
}
afterEach(failOnContractMismatches);

afterAll(async () => {
  await database.close();
  if (databaseName) await onServer(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  failOnContractMismatches();
});
