// Which database a datasource URL means, shared by prisma.config.ts and the
// schema-engine shim so the two can never disagree.
//
// The project has two databases (see schema-engine.mjs for the full story):
//   - DATABASE_URL=postgres://… or postgresql://…  -> that PostgreSQL server;
//   - DATABASE_URL unset                           -> the embedded PGlite
//     database. The Prisma CLI insists on a `datasource.url`, so
//     prisma.config.ts hands it PGLITE_URL, a placeholder that the shim
//     recognises and maps to a PGlite data directory on disk.
//
// The placeholder uses the reserved `.invalid` TLD (RFC 2606): should it ever
// reach a real PostgreSQL client (someone bypassing the shim), it fails to
// resolve instead of connecting somewhere unexpected.

import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PGLITE_HOST = "pglite.invalid";
export const PGLITE_URL = `postgresql://${PGLITE_HOST}/pglite`;

/** Repository root: this file lives in <root>/tools/prisma-wasm-engine/. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Default PGlite data directory, relative to the repository root. */
export const DEFAULT_PGLITE_DIR = path.join(REPO_ROOT, ".data", "pglite");

/**
 * True when `url` is the PGlite placeholder (any path/query is ignored).
 * @param {string | undefined} url
 */
export function isPgliteUrl(url) {
  try {
    return new URL(url ?? "").hostname === PGLITE_HOST;
  } catch {
    return false;
  }
}

/**
 * True for URLs the PostgreSQL adapter (`pg`) can use.
 * @param {string | undefined} url
 */
export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//i.test(url ?? "") && !isPgliteUrl(url);
}

/**
 * Where PGlite keeps its files.
 *   PGLITE_DIR unset         -> <repo>/.data/pglite
 *   PGLITE_DIR=memory://…    -> in memory (nothing on disk; handy for tests)
 *   PGLITE_DIR=<path>        -> that directory, relative paths taken from the
 *                               current directory (the CLI runs the shim in
 *                               the directory holding prisma.config.ts).
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string}
 */
export function resolvePgliteDir(env = process.env) {
  const dir = env.PGLITE_DIR?.trim();
  if (!dir) return DEFAULT_PGLITE_DIR;
  if (isMemoryDir(dir)) return dir;
  return path.resolve(dir);
}

/** @param {string} dir */
export function isMemoryDir(dir) {
  return dir.startsWith("memory://");
}

/**
 * PGlite creates the data directory itself but not its parents.
 * @param {string} dir
 */
export function ensurePgliteParent(dir) {
  if (!isMemoryDir(dir)) mkdirSync(path.dirname(dir), { recursive: true });
}
