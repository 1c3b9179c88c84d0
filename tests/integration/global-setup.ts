import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import type { TestProject } from "vitest/node";
import { contractReport, readContractLog } from "../../lib/api-contract";
import { migrationNames, migrationScripts, recordAppliedSql } from "./migrations";

/**
 * On PostgreSQL (TEST_DATABASE_URL), the migrations run once per run, into a template database:
 * each suite's database is then a copy of it (tests/integration/setup.ts), made in a fraction of the
 * time the migrations take. The template is dropped when the run ends. On PGlite each suite
 * migrates its own database in memory.
 */
declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string | null;
    /** Where every API answer of the run is checked into (tests/integration/setup.ts sets API_CONTRACT_LOG). */
    apiContractLog: string;
  }
}

async function onDatabase(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Every answer the suites' route handlers give is checked against its route's spec into one log; the
 * run ends by counting them, and fails when any did not match (each test also fails on its own).
 */
function contractLog(project: TestProject): () => void {
  const log = path.join(tmpdir(), `api-contract-${process.pid}-${randomBytes(4).toString("hex")}.jsonl`);
  project.provide("apiContractLog", log);
  return () => {
    const answers = readContractLog(existsSync(log) ? readFileSync(log, "utf8") : "");
    rmSync(log, { force: true });
    console.log(`\n${contractReport(answers)}`);
    if (answers.mismatches.length) throw new Error("Some API answers do not match their routes' declared answers (listed above).");
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reportContract = contractLog(project);
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    project.provide("templateDatabase", null);
    return async () => reportContract();
  }
  const name = `it_template_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await onDatabase(adminUrl, `CREATE DATABASE "${name}"`);
  const drop = () => onDatabase(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  try {
    // One connection for every script, as `migrate deploy` would; recorded as it records them.
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      for (const sql of migrationScripts()) await client.query(sql);
      await client.query(recordAppliedSql(migrationNames()));
    } finally {
      await client.end();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  project.provide("templateDatabase", name);
  return async () => {
    await drop();
    reportContract();
  };
}
