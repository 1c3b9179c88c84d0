/**
 * What `db:backup` (scripts/db-backup.ts) and `db:restore` (scripts/db-restore.ts) share: which
 * database they act on, how PostgreSQL's own tools reach it, and the embedded database's lock.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pgliteExtensions } from "../lib/pglite-extensions";
import { isMemoryDir, resolvePgliteDir } from "../tools/prisma-wasm-engine/datasource.mjs";
import { Refusal } from "./run-if-main";

export type BackupTarget = { kind: "postgresql"; url: string } | { kind: "pglite"; dir: string };

/** Backup or restore refused: the target is not empty, the directory is in use… (exit code 2). */
export class BackupError extends Refusal {}

/** The database the app would use with this environment: DATABASE_URL, else the PGlite directory. */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): BackupTarget {
  if (env.DATABASE_URL) return { kind: "postgresql", url: env.DATABASE_URL };
  const dir = resolvePgliteDir(env);
  if (isMemoryDir(dir)) throw new BackupError("PGLITE_DIR=memory:// keeps nothing on disk: there is nothing to back up or restore.");
  return { kind: "pglite", dir };
}

/** Where a target is, for messages; never shows a password. */
export function describeTarget(target: BackupTarget): string {
  if (target.kind === "pglite") return `embedded PGlite database ${target.dir}`;
  const url = new URL(target.url);
  return `PostgreSQL database "${decodeURIComponent(url.pathname.slice(1))}" on ${url.host}`;
}

/** 2026-12-05T04:46:12.345Z -> 20261205T044612Z: sorts by time, and is a valid file name everywhere. */
export function utcStamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/[-:]/g, "");
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  for (; value >= 1024 && unit < units.length - 1; unit++) value /= 1024;
  return `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * pg_dump and pg_restore reach DATABASE_URL's database. The password goes through PGPASSWORD so that
 * `ps` never shows it, and Prisma's `schema` parameter is dropped: libpq refuses parameters it does
 * not know, and the whole database is dumped and restored anyway.
 */
export function libpqConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  url.searchParams.delete("schema");
  return { dbname: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Runs one of PostgreSQL's command-line tools; on failure its stderr is the error's message. */
export function runTool(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new BackupError(`${command} is not installed (Debian: apt-get install postgresql-client).`) : error),
    );
    child.on("close", (code) => {
      if (code === 0) {
        if (stderr.trim()) process.stderr.write(stderr);
        resolve();
      } else reject(new Error(`${command} failed (exit code ${code}):\n${stderr.trim()}`));
    });
  });
}

/**
 * PGlite allows one process per directory and keeps postmaster.pid in it while open. The pid inside
 * is a placeholder, so whether its owner still runs cannot be told: the file's presence decides.
 */
export function assertPgliteFree(dir: string): void {
  if (existsSync(path.join(dir, "postmaster.pid"))) {
    throw new BackupError(
      `${dir} is open in another process (it holds postmaster.pid): stop the app (npm start) first.\n` +
        `If nothing uses it any more (after a crash), delete ${path.join(dir, "postmaster.pid")} and try again.`,
    );
  }
}

/** Opens a data directory with the extensions the app loads (lib/db.ts), or a migration needs fails. */
export function openPglite(dir: string, options: PGliteOptions = {}): Promise<PGlite> {
  return PGlite.create({ ...options, dataDir: dir, extensions: pgliteExtensions });
}
