import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = path.join(import.meta.dirname, "../../prisma/migrations");

/** Every migration in prisma/migrations by folder name, oldest first. */
export function migrationNames(): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The SQL of every migration, oldest first: what `migrate deploy` would run. */
export function migrationScripts(): string[] {
  return migrationNames().map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

/** What `prisma migrate deploy` records after applying migrations: the suites' databases are migrated without it. */
export const recordAppliedSql = (names: string[]) => `
  CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL,
    logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0);
  ${names.map((name) => `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name) VALUES ('${name.slice(0, 36)}', 'x', now(), '${name}');`).join("\n")}`;
