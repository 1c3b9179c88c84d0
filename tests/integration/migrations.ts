import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The SQL of every migration in prisma/migrations, oldest first: what `migrate deploy` would run. */
export function migrationScripts(): string[] {
  const dir = path.join(import.meta.dirname, "../../prisma/migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}
