/**
 * `npm run db:lint-migrations`: squawk, the PostgreSQL migration linter, on every
 * prisma/migrations/<name>/migration.sql, configured by .squawk.toml (PostgreSQL 15, the rules kept,
 * the baseline of migrations released before the lint). Fails on a migration that would lock a busy
 * table or break the running release: a table rewrite, a dropped or renamed column, an index created
 * without CONCURRENTLY on an existing table, a NOT NULL column without a default… The rules and how
 * to write such a change safely: docs/DEPLOYMENT.md, "Migrations: expand and contract".
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { runIfMain } from "./run-if-main";

const root = path.resolve(import.meta.dirname, "..");
const squawk = fileURLToPath(import.meta.resolve("squawk-cli/js/bin/squawk"));
const config = path.join(root, ".squawk.toml");

/** Every `<dir>/<migration>/migration.sql`, oldest first. */
function migrationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(dir, entry.name, "migration.sql"))
    .filter((file) => existsSync(file))
    .sort();
}

/** Lints the migrations in `dir`; `report` is squawk's output, in colour only for a terminal. */
export async function lintMigrations(
  dir = path.join(root, "prisma", "migrations"),
  color = false,
): Promise<{ ok: boolean; files: number; report: string }> {
  const files = migrationFiles(dir);
  // The baseline's files are excluded by .squawk.toml; when no other is left there is nothing to match.
  const args = [squawk, `--config=${config}`, "--no-error-on-unmatched-pattern", ...files];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      // On success stderr only says which files the baseline left out, which is expected.
      const report = code === 0 ? stdout : stdout + stderr;
      resolve({ ok: code === 0, files: files.length, report: color ? report : stripVTControlCharacters(report) });
    });
  });
}

runIfMain(import.meta.url, async () => {
  const { ok, files, report } = await lintMigrations(undefined, process.stdout.isTTY);
  process.stdout.write(report);
  if (!ok) {
    console.error(
      "✘ db:lint-migrations: a migration is unsafe on a live database, or unreadable (docs/DEPLOYMENT.md, expand and contract).",
    );
    process.exit(1);
  }
  console.log(`✔ db:lint-migrations: ${files} migrations, every one after the baseline in .squawk.toml passes.`);
});
