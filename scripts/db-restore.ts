/**
 * `npm run db:restore -- <file> [--force]`: restores a backup made by `db:backup` into the configured
 * database, which must be empty, then says how long it took.
 *   - PostgreSQL (DATABASE_URL set): `pg_restore --no-owner --exit-on-error --single-transaction`
 *     into DATABASE_URL's database (create it first: `createdb orbite`). A failed restore leaves
 *     nothing behind. With --force a database holding tables is accepted: what the backup holds is
 *     dropped and recreated (`--clean --if-exists`), in the same transaction.
 *   - Embedded PGlite: the tarball is unpacked into the data directory, which must not exist or be
 *     empty. With --force an existing directory is moved aside to `<dir>.before-restore-<UTC time>`,
 *     never deleted.
 */
import { existsSync, readdirSync } from "node:fs";
import { mkdir, open, readFile, rename } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { Client } from "pg";
import {
  assertPgliteFree,
  BackupError,
  type BackupTarget,
  describeTarget,
  libpqConnection,
  openPglite,
  runTool,
  targetFromEnv,
  utcStamp,
} from "./db-backup-shared";
import { runIfMain } from "./run-if-main";

type RestoreOptions = { force?: boolean };

export async function restoreDatabase(
  target: BackupTarget,
  file: string,
  { force = false }: RestoreOptions = {},
): Promise<{ movedAside?: string }> {
  const format = await backupFormat(file);
  if (format !== target.kind) {
    throw new BackupError(
      `${file} is a ${format === "postgresql" ? "PostgreSQL (pg_dump)" : "PGlite"} backup, but the target is the ${describeTarget(target)}` +
        (format === "postgresql" ? ": set DATABASE_URL." : ": unset DATABASE_URL."),
    );
  }
  if (target.kind === "postgresql") {
    await restorePostgres(target.url, file, force);
    return {};
  }
  return restorePglite(target.dir, file, force);
}

/** Told by the first bytes, not the name: pg_dump's custom format starts with "PGDMP", gzip with 1f 8b, tar has "ustar" at 257. */
async function backupFormat(file: string): Promise<BackupTarget["kind"]> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const handle = await open(file);
  const head = Buffer.alloc(262);
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  if (head.subarray(0, 5).toString("latin1") === "PGDMP") return "postgresql";
  if ((head[0] === 0x1f && head[1] === 0x8b) || head.subarray(257, 262).toString("latin1") === "ustar") return "pglite";
  throw new BackupError(`${file} is not a backup made by db:backup (neither a pg_dump custom-format file nor a tarball).`);
}

async function restorePostgres(url: string, file: string, force: boolean): Promise<void> {
  const relations = await userRelationCount(url);
  if (relations > 0 && !force) {
    throw new BackupError(
      `The ${describeTarget({ kind: "postgresql", url })} is not empty (${relations} tables, views or sequences).\n` +
        `Restore into a new, empty database (createdb <name>, then point DATABASE_URL at it), ` +
        `or pass --force to drop and recreate what the backup holds.`,
    );
  }
  const { dbname, env } = libpqConnection(url);
  const args = ["--no-owner", "--exit-on-error", "--single-transaction", `--dbname=${dbname}`];
  if (force) args.push("--clean", "--if-exists");
  await runTool("pg_restore", [...args, file], env);
}

/** Tables, views and sequences outside PostgreSQL's own schemas: a fresh `createdb` has none. */
async function userRelationCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
         AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`,
    );
    return rows[0].count;
  } finally {
    await client.end();
  }
}

async function restorePglite(dir: string, file: string, force: boolean): Promise<{ movedAside?: string }> {
  let movedAside: string | undefined;
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!force) {
      throw new BackupError(
        `${dir} is not empty. Restore into another directory (PGLITE_DIR=<new dir>), ` +
          `or pass --force to move the current one aside to ${dir}.before-restore-<time>.`,
      );
    }
    assertPgliteFree(dir);
    movedAside = `${dir}.before-restore-${utcStamp()}`;
    await rename(dir, movedAside);
  }
  await mkdir(path.dirname(dir), { recursive: true });
  // PGlite unpacks the tarball into the directory as it starts, then runs PostgreSQL's crash recovery.
  const pglite = await openPglite(dir, { loadDataDir: new Blob([await readFile(file)]) });
  try {
    await pglite.query("SELECT 1");
  } finally {
    await pglite.close();
  }
  return { movedAside };
}

runIfMain(import.meta.url, async () => {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new BackupError("Usage: npm run db:restore -- <backup file> [--force]");
  const target = targetFromEnv();
  console.log(`Restoring ${positionals[0]} into the ${describeTarget(target)}…`);
  const started = performance.now();
  const { movedAside } = await restoreDatabase(target, positionals[0], { force: values.force });
  if (movedAside) console.log(`  The previous data directory is kept in ${movedAside}.`);
  console.log(`✔ Restored in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
});
