// PGlite for the schema engine: pglite-prisma-adapter plus the fixes the
// schema engine needs:
//   #6 the adapter's executeScript does not await the script, so a failing
//      migration is reported as a success and recorded as applied -> await it
//      and turn the error into a driver-adapter error;
//   #7 nothing closes the PGlite instances (the main one, nor the in-memory
//      shadow databases the adapter creates and forgets) -> we own every
//      instance and close them all in close().
// Shadow databases are in-memory PGlite instances, so they can never touch
// the main database. Creating one costs ~0.8-2.5 s (see pglite-template.mjs)
// and `migrate dev` asks for up to three, so a released shadow is kept and
// wiped for the next request instead (a few ms).

import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { ensurePgliteParent, isMemoryDir } from "../datasource.mjs";
import { createEmptyPglite } from "./pglite-template.mjs";
import { pgliteExtensions as extensions } from "../pglite-extensions.mjs";
import { EMPTY_DATABASE_SQL, wholeScriptExecutor } from "./script.mjs";

/** @typedef {import("@prisma/driver-adapter-utils").SqlMigrationAwareDriverAdapterFactory} SqlMigrationAwareDriverAdapterFactory */

/**
 * A PGlite data directory exists once PostgreSQL has initialised it.
 * @param {string} dir
 */
export function pgliteDirExists(dir) {
  return isMemoryDir(dir) || existsSync(path.join(dir, "PG_VERSION"));
}

/**
 * Opens the PGlite database in `dir`, creating it (and parents) if needed.
 * @param {string} dir
 * @returns {Promise<PGlite>}
 */
async function openPglite(dir) {
  if (isMemoryDir(dir)) return createEmptyPglite();
  if (existsSync(dir)) return PGlite.create(dir, { extensions });
  ensurePgliteParent(dir);
  return createEmptyPglite(dir);
}

/**
 * Initialises a PGlite data directory (and its parents) and closes it.
 * @param {string} dir
 */
export async function createPgliteDir(dir) {
  const db = await openPglite(dir);
  await db.close();
}

/** @implements {SqlMigrationAwareDriverAdapterFactory} */
export class PgliteMigrationFactory {
  provider = /** @type {const} */ ("postgres");
  adapterName = "pglite-prisma-adapter";

  #dir;
  /** @type {Promise<PGlite> | undefined} */
  #main;
  /** @type {Set<PGlite>} every shadow instance, to close them all */
  #shadows = new Set();
  /** @type {PGlite | undefined} a released shadow, ready for reuse once wiped */
  #idleShadow;

  /** @param {string} dir  a data directory, or `memory://…` */
  constructor(dir) {
    this.#dir = dir;
  }

  async connect() {
    // One instance per process for the main database (it is a single
    // connection anyway), opened when the engine first connects.
    this.#main ??= openPglite(this.#dir);
    const db = await this.#main;
    const adapter = await new PrismaPGlite(db).connect();
    adapter.executeScript = wholeScriptExecutor(adapter, (script) => db.exec(script)); // #6
    adapter.dispose = async () => {}; // closed with the factory, in close()
    return adapter;
  }

  async connectToShadowDb() {
    let db = this.#idleShadow;
    this.#idleShadow = undefined;
    if (db) {
      await db.exec(EMPTY_DATABASE_SQL);
    } else {
      db = await createEmptyPglite(); // in memory
      this.#shadows.add(db);
    }
    const adapter = await new PrismaPGlite(db).connect();
    adapter.executeScript = wholeScriptExecutor(adapter, (script) => db.exec(script)); // #6
    let released = false;
    adapter.dispose = async () => {
      if (released) return;
      released = true;
      if (!this.#idleShadow) this.#idleShadow = db;
      else await this.#closeShadow(db);
    };
    return adapter;
  }

  /** Closes every instance; the main one last so its files are consistent. */
  async close() {
    for (const db of [...this.#shadows]) await this.#closeShadow(db).catch(() => {});
    this.#idleShadow = undefined;
    if (this.#main) {
      const db = await this.#main.catch(() => null);
      this.#main = undefined;
      if (db && !db.closed) await db.close();
    }
  }

  /** @param {PGlite} db */
  async #closeShadow(db) {
    this.#shadows.delete(db);
    await db.close();
  }
}
