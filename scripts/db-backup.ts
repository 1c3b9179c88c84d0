/**
 * `npm run db:backup [-- --out <dir>]`: one consistent, timestamped backup of the configured database
 * into `backups/` (or <dir>), then its path and size.
 *   - PostgreSQL (DATABASE_URL set): `pg_dump --format=custom`, one snapshot of the whole database
 *     taken while the app runs on; `orbite-<UTC time>.dump`, restored with pg_restore.
 *   - Embedded PGlite: the data directory as a gzipped tarball, `orbite-<UTC time>.tar.gz`. PGlite is
 *     one process per directory, so the app must be stopped first; the backup refuses otherwise.
 * The file is written under a `.partial` name and renamed when complete: a file named
 * `orbite-….dump` or `….tar.gz` is always a finished backup.
 */
import { existsSync } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  assertPgliteFree,
  BackupError,
  type BackupTarget,
  describeTarget,
  formatBytes,
  libpqConnection,
  openPglite,
  runTool,
  targetFromEnv,
  utcStamp,
} from "./db-backup-shared";
import { runIfMain } from "./run-if-main";

export const DEFAULT_BACKUP_DIR = "backups";

export async function backupDatabase(target: BackupTarget, outDir = DEFAULT_BACKUP_DIR): Promise<{ file: string; bytes: number }> {
  await mkdir(outDir, { recursive: true });
  const file = path.resolve(outDir, `orbite-${utcStamp()}.${target.kind === "postgresql" ? "dump" : "tar.gz"}`);
  if (existsSync(file)) throw new BackupError(`${file} already exists: one backup per second at most.`);
  const partial = `${file}.partial`;
  try {
    if (target.kind === "postgresql") await dumpPostgres(target.url, partial);
    else await dumpPglite(target.dir, partial);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return { file, bytes: (await stat(file)).size };
}

async function dumpPostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = libpqConnection(url);
  await runTool("pg_dump", ["--format=custom", `--file=${file}`, `--dbname=${dbname}`], env);
}

async function dumpPglite(dir: string, file: string): Promise<void> {
  if (!existsSync(path.join(dir, "PG_VERSION"))) throw new BackupError(`There is no PGlite database in ${dir}.`);
  assertPgliteFree(dir);
  const pglite = await openPglite(dir);
  try {
    const tarball = await pglite.dumpDataDir("gzip");
    await writeFile(file, Buffer.from(await tarball.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

runIfMain(import.meta.url, async () => {
  const { values } = parseArgs({ options: { out: { type: "string", default: DEFAULT_BACKUP_DIR } } });
  const target = targetFromEnv();
  console.log(`Backing up the ${describeTarget(target)}…`);
  const started = performance.now();
  const { file, bytes } = await backupDatabase(target, values.out);
  console.log(`✔ ${file} (${formatBytes(bytes)}, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
});
