import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { TestProject } from "vitest/node";
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

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    project.provide("templateDatabase", null);
    return;
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
  return drop;
}
