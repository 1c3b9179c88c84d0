import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { seed } from "@/prisma/seed/index";
import { backupDatabase } from "@/scripts/db-backup";
import { BackupError, openPglite, type BackupTarget } from "@/scripts/db-backup-shared";
import { restoreDatabase } from "@/scripts/db-restore";
import { migrationScripts } from "./migrations";

/**
 * The round trip the backup docs promise, for real: seed, back up, change rows, restore into an
 * empty database, and find every table as it was at backup time. On PostgreSQL (TEST_DATABASE_URL)
 * through pg_dump and pg_restore, the suite's database as source and a scratch one as target; on the
 * embedded database through PGlite data directories on disk, as `npm start` keeps them.
 */
const adminUrl = process.env.TEST_DATABASE_URL;
type Query = (sql: string) => Promise<Record<string, unknown>[]>;

let work: string;
let scratchUrl: string | undefined;

async function onPostgres<T>(url: string, task: (query: Query) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await task(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}

async function onPglite<T>(dir: string, task: (query: Query) => Promise<T>): Promise<T> {
  const pglite = await openPglite(dir);
  try {
    return await task(async (sql) => (await pglite.query<Record<string, unknown>>(sql)).rows);
  } finally {
    await pglite.close();
  }
}

const onTarget = <T>(target: BackupTarget, task: (query: Query) => Promise<T>) =>
  target.kind === "postgresql" ? onPostgres(target.url, task) : onPglite(target.dir, task);

/** Row count and checksum of every table, and where each sequence stands. */
async function snapshot(query: Query) {
  const tables = await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const state: Record<string, unknown> = {};
  for (const { tablename } of tables) {
    const [row] = await query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM "${tablename}" t`,
    );
    state[String(tablename)] = row;
  }
  state.sequences = await query(`SELECT sequencename, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`);
  return state;
}

/** A day's work after the backup: leads deleted (their activities cascade), tickets and users edited. */
async function changeRows(query: Query) {
  await query(`DELETE FROM "CRMLead" WHERE id IN (SELECT id FROM "CRMLead" ORDER BY id LIMIT 3)`);
  await query(`UPDATE "CRMTicket" SET subject = subject || ' (edited)' WHERE id IN (SELECT id FROM "CRMTicket" ORDER BY id LIMIT 4)`);
  await query(`UPDATE "User" SET name = upper(name) WHERE role = 'CUSTOMER'`);
  await query(`DELETE FROM "Notification"`);
}

/** The source database, seeded with the demo data: the suite's own on PostgreSQL, a data directory on PGlite. */
async function seededSource(): Promise<BackupTarget> {
  if (adminUrl) {
    await seed(db);
    return { kind: "postgresql", url: process.env.DATABASE_URL! };
  }
  const dir = path.join(work, "pglite");
  const pglite = await openPglite(dir);
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  try {
    for (const sql of migrationScripts()) await pglite.exec(sql);
    await seed(client);
  } finally {
    await client.$disconnect();
    await pglite.close();
  }
  return { kind: "pglite", dir };
}

/** An empty database: a scratch one on the PostgreSQL server, a directory that does not exist yet on PGlite. */
async function emptyTarget(): Promise<BackupTarget> {
  if (!adminUrl) return { kind: "pglite", dir: path.join(work, "restored") };
  const url = new URL(process.env.DATABASE_URL!);
  const name = `${url.pathname.slice(1)}_restored`;
  await onPostgres(adminUrl, (query) => query(`CREATE DATABASE "${name}"`));
  url.pathname = `/${name}`;
  scratchUrl = url.toString();
  return { kind: "postgresql", url: scratchUrl };
}

describe(`backup and restore (${adminUrl ? "PostgreSQL: pg_dump, pg_restore" : "PGlite: data directory tarball"})`, () => {
  let source: BackupTarget;
  let file: string;
  let atBackup: Awaited<ReturnType<typeof snapshot>>;
  let changed: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "orbite-backup-test-"));
    source = await seededSource();
    atBackup = await onTarget(source, snapshot);
    ({ file } = await backupDatabase(source, path.join(work, "backups")));
    await onTarget(source, changeRows);
    changed = await onTarget(source, snapshot);
  }, 120_000);

  afterAll(async () => {
    if (scratchUrl && adminUrl) {
      const name = new URL(scratchUrl).pathname.slice(1);
      await onPostgres(adminUrl, (query) => query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("writes a timestamped file and leaves no partial one", () => {
    expect(path.basename(file)).toMatch(adminUrl ? /^orbite-\d{8}T\d{6}Z\.dump$/ : /^orbite-\d{8}T\d{6}Z\.tar\.gz$/);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });

  it("restores into an empty database every row as it was at backup time", async () => {
    expect(changed).not.toEqual(atBackup); // the changes did change what the snapshot sees
    expect(Object.keys(atBackup)).toEqual(expect.arrayContaining(["User", "CRMLead", "CRMActivity", "CRMTicket"]));

    const target = await emptyTarget();
    await restoreDatabase(target, file);
    expect(await onTarget(target, snapshot)).toEqual(atBackup);
  }, 60_000);

  it("refuses a database that holds data, and replaces it only with --force", async () => {
    await expect(restoreDatabase(source, file)).rejects.toThrow(BackupError);
    await expect(restoreDatabase(source, file)).rejects.toThrow(/not empty/);
    expect(await onTarget(source, snapshot)).toEqual(changed);

    const { movedAside } = await restoreDatabase(source, file, { force: true });
    expect(await onTarget(source, snapshot)).toEqual(atBackup);
    if (source.kind === "pglite") {
      // The replaced directory is kept, not deleted.
      expect(movedAside).toMatch(/\.before-restore-\d{8}T\d{6}Z$/);
      expect(await onPglite(movedAside!, snapshot)).toEqual(changed);
    }
  }, 60_000);

  it("refuses a backup of the other kind of database", async () => {
    const other: BackupTarget = adminUrl
      ? { kind: "pglite", dir: path.join(work, "other") }
      : { kind: "postgresql", url: "postgres://nobody@127.0.0.1:1/none" };
    await expect(restoreDatabase(other, file)).rejects.toThrow(/backup, but the target is/);
  });
});
