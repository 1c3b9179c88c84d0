/**
 * `npm run db:check`: fails when prisma/schema.prisma and prisma/migrations
 * disagree, i.e. when the schema was changed without a migration (or a
 * migration was edited without the schema).
 *
 * It replays the migrations into a temporary shadow database and compares the
 * result with the schema (`prisma migrate diff --from-migrations … --to-schema
 * … --exit-code`). Nothing is applied to any database.
 *   - DATABASE_URL unset: everything happens in in-memory PGlite databases
 *     (PGLITE_DIR=memory:// for the CLI), so .data/pglite is neither created
 *     nor opened, and this is safe while the app is running.
 *   - DATABASE_URL=postgres://…: the schema-engine shim creates a temporary
 *     `prisma_migrate_shadow_db_<uuid>` database on that server (the user
 *     needs CREATEDB) and drops it afterwards; the database itself is only
 *     used to connect.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
// Overridable for testing the check itself: --schema <file> --migrations <dir>.
const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
};
const schema = option("--schema", "prisma/schema.prisma");
const migrations = option("--migrations", "prisma/migrations");

type Result = { code: number | null; stdout: string; stderr: string };

function runPrisma(args: string[], env: NodeJS.ProcessEnv): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function main(): Promise<number> {
  const usingPostgres = Boolean(process.env.DATABASE_URL);
  const env: NodeJS.ProcessEnv = usingPostgres ? { ...process.env } : { ...process.env, PGLITE_DIR: "memory://" };
  const target = usingPostgres ? "PostgreSQL shadow database" : "in-memory PGlite";

  const count = readdirSync(path.resolve(root, migrations), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
  const { code, stdout, stderr } = await runPrisma(
    ["migrate", "diff", "--from-migrations", migrations, "--to-schema", schema, "--exit-code"],
    env,
  );
  const withoutBanner = (text: string) => text.replace(/^Loaded Prisma config from .*$/m, "").trim();
  const diff = withoutBanner(stdout);

  if (code === 0) {
    console.log(`✔ db:check: ${schema} matches ${migrations} (${count} migration${count === 1 ? "" : "s"}, checked on ${target}).`);
    return 0;
  }
  if (code === 2) {
    console.error(`✘ db:check: ${schema} and ${migrations} disagree. Applying the migrations then this would still be needed:\n`);
    console.error(diff.replace(/^/gm, "    "));
    console.error(
      `\nCreate a migration for the schema change: npx prisma migrate dev --name <what-changed>` +
        `\n(or, if a migration was edited by mistake, restore it).`,
    );
    return 2;
  }
  console.error(`✘ db:check: could not compare ${schema} with ${migrations} (prisma exited with ${code}).\n`);
  console.error([diff, withoutBanner(stderr)].filter(Boolean).join("\n"));
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("✘ db:check:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
