/**
 * End-to-end run: a production build (when the sources changed since the last
 * one), a fresh database (a new PGlite directory, or the PostgreSQL database
 * named by DATABASE_URL), migrated and seeded, then Playwright against
 * `next start`. Extra arguments go to Playwright; `--build-only` stops after the
 * build, so that runs side by side can share it. The server checks every API
 * answer against its route's declared answers; the run fails when one did not
 * match.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { contractReport, readContractLog } from "../lib/api-contract";
import { buildIsStale } from "./build-state";
import { migrateDeploy } from "./migrate";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  // Journeys ask for the alert evaluation, the service checks and the metrics flush when they need
  // them (POST /api/test/jobs/{name}) rather than waiting for their interval.
  TEST_HOOKS: "1",
  // Reply by email: e2e/ticket-reply-email.spec.ts posts a customer's answer with this secret.
  INBOUND_EMAIL_SECRET: "e2e-inbound-email-secret-0123456789",
  // CI runs the journeys beside every other lane on two cores, where a query that takes milliseconds
  // alone can wait seconds for a connection: the pool's wait is a limit against hangs here, not the
  // production default's fail-fast 5 s (which answers the page with an error).
  DATABASE_POOL_TIMEOUT_MS: process.env.DATABASE_POOL_TIMEOUT_MS ?? "30000",
};
// One log per server (runs side by side each have their own port).
const contractLog = path.join(root, ".data", `e2e-api-contract-${process.env.E2E_PORT ?? 3107}.jsonl`);
env.API_CONTRACT_LOG = contractLog;
if (!env.DATABASE_URL) {
  env.PGLITE_DIR = path.join(root, ".data", "e2e-pglite");
  rmSync(env.PGLITE_DIR, { recursive: true, force: true });
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (buildIsStale(root)) {
    if ((await run(bin("next"), ["build"])) !== 0) return 1;
  }
  if (args[0] === "--build-only") return 0;
  await migrateDeploy({ env });
  if ((await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"])) !== 0) return 1;
  mkdirSync(path.dirname(contractLog), { recursive: true });
  rmSync(contractLog, { force: true });
  const code = await run(bin("playwright"), ["test", ...args]);
  const answers = readContractLog(existsSync(contractLog) ? readFileSync(contractLog, "utf8") : "");
  console.log(`\n${contractReport(answers)}`);
  return answers.mismatches.length ? code || 1 : code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
