/**
 * Applies pending migrations (`prisma migrate deploy`) to the configured
 * database: PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite
 * database (.data/pglite, or PGLITE_DIR).
 *
 * Used by `npm start` (and the e2e runner) before the server starts: PGlite
 * allows one process per data directory, so migrations must be finished, and
 * the CLI gone, before the app opens it. Runs the real Prisma CLI, which
 * prisma.config.ts points at the WASM schema-engine shim (tools/prisma-wasm-engine/).
 *
 *   import { migrateDeploy } from "./migrate";  await migrateDeploy({ env });
 *   tsx scripts/migrate.ts
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMemoryDir, resolvePgliteDir } from "../tools/prisma-wasm-engine/datasource.mjs";
import { runIfMain } from "./run-if-main";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

export type MigrateOptions = {
  /** Environment of the CLI (DATABASE_URL, PGLITE_DIR…); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Keep the CLI's report to itself, and show it only when the migration fails. */
  quiet?: boolean;
};

export async function migrateDeploy({ env = process.env, quiet = false }: MigrateOptions = {}): Promise<void> {
  // Output inherited unless quiet: the CLI's report (or error) is shown as is. It
  // exits non-zero when a migration fails; a failed migration is recorded as
  // failed, never as applied.
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, "migrate", "deploy"], {
      cwd: root,
      env,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("error", reject);
    child.on("exit", (exitCode, signal) => resolve(signal ? null : exitCode));
  });
  if (code !== 0) {
    if (quiet) process.stderr.write(Buffer.concat(output));
    throw new Error(`prisma migrate deploy failed (${code === null ? "killed" : `exit code ${code}`}): see the output above.`);
  }
  if (!env.DATABASE_URL) await pgliteReleased(resolvePgliteDir(env));
}

/**
 * The CLI does not wait for its schema engine to exit, and the engine closes
 * PGlite last. Measured, that is done before the CLI exits; still, make sure
 * the data directory is free (PGlite keeps postmaster.pid in it while open)
 * before the caller opens it. A stale file after a crash only costs the wait.
 */
async function pgliteReleased(dir: string, timeoutMs = 3000): Promise<void> {
  if (isMemoryDir(dir)) return;
  const pidFile = path.join(dir, "postmaster.pid");
  for (const deadline = Date.now() + timeoutMs; existsSync(pidFile) && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// `tsx scripts/migrate.ts`
runIfMain(import.meta.url, () => migrateDeploy());
