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
