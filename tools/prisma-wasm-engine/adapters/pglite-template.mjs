// Fast creation of empty PGlite databases.
//
// A new PGlite database runs initdb, which takes ~2.5 s; loading the files of
// an empty database from a tarball takes ~0.8 s. Commands create empty
// databases often (every shadow database, a fresh .data/pglite), so the files
// of the first empty database are kept in node_modules/.cache and reused.
// The tarball is keyed by the PGlite version; if it is missing, unreadable or
// rejected by PGlite, we fall back to initdb, which is always correct.

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { REPO_ROOT } from "../datasource.mjs";
import { pgliteExtensions as extensions } from "../pglite-extensions.mjs";

/** @type {{ version: string }} */
const pglitePackage = JSON.parse(
  readFileSync(fileURLToPath(new URL("../package.json", import.meta.resolve("@electric-sql/pglite"))), "utf8"),
);

const TEMPLATE = path.join(REPO_ROOT, "node_modules", ".cache", "pglite-schema-engine", `empty-${pglitePackage.version}.tar.gz`);

/**
 * A new, empty PGlite database: in memory when `dataDir` is undefined,
 * otherwise in `dataDir`, which must not exist yet.
 * @param {string} [dataDir]
 * @returns {Promise<PGlite>}
 */
export async function createEmptyPglite(dataDir) {
  const template = readTemplate();
  if (template) {
    try {
      return await PGlite.create({ dataDir, loadDataDir: template, extensions });
    } catch {
      rmSync(TEMPLATE, { force: true });
      if (dataDir) rmSync(dataDir, { recursive: true, force: true }); // did not exist before
    }
  }
  const db = await PGlite.create({ dataDir, extensions });
  await saveTemplate(db);
  return db;
}

function readTemplate() {
  try {
    return new Blob([readFileSync(TEMPLATE)]);
  } catch {
    return undefined;
  }
}

/**
 * Best effort: a read-only node_modules just means no speed-up.
 * @param {PGlite} freshDb
 */
async function saveTemplate(freshDb) {
  if (existsSync(TEMPLATE)) return;
  try {
    const tarball = Buffer.from(await (await freshDb.dumpDataDir("gzip")).arrayBuffer());
    mkdirSync(path.dirname(TEMPLATE), { recursive: true });
    // Write then rename, so a concurrent reader never sees half a file.
    const partial = `${TEMPLATE}.${process.pid}.tmp`;
    writeFileSync(partial, tarball);
    renameSync(partial, TEMPLATE);
  } catch {
    // ignore
  }
}
