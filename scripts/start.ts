/**
 * `npm start` (and `npm run dev` with --dev): prepares a fresh clone and serves it.
 * 1. an auth secret (generated once under .data/ when none is configured),
 * 2. migrations, then, on a database without users, the demo seed (embedded database, or SEED_DEMO=1)
 *    or the reference data and the first admin from ADMIN_EMAIL (PostgreSQL): never a demo account there,
 * 3. a production build when none exists (not in dev),
 * 4. Next.js on PORT (3000 by default), then the URL, and the demo logins where the demo was seeded.
 * In production, `npm run serve` starts an instance that neither builds nor seeds (docs/DEPLOYMENT.md).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { readOrCreateDevSecret, devSecretPath } from "../lib/dev-secret";
import { demoLoginLines } from "../prisma/seed/demo-users";
import { buildIsStale } from "./build-state";
import { migrateDeploy } from "./migrate";

const dev = process.argv.includes("--dev");
const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const nextCli = path.join(root, "node_modules", "next", "dist", "bin", "next");
const socketAddressPreload = path.join(root, "server", "socket-address.mjs");
const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const port = Number(childEnv.PORT ?? 3000);
const demo = !childEnv.DATABASE_URL || ["1", "true"].includes(childEnv.SEED_DEMO ?? "");

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: childEnv, stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

function ensureAuthSecret() {
  if (childEnv.AUTH_SECRET) return;
  if (childEnv.NODE_ENV === "production" && childEnv.DATABASE_URL) {
    throw new Error("AUTH_SECRET is required in production with an external database (e.g. `openssl rand -base64 32`).");
  }
  const { secret, created } = readOrCreateDevSecret();
  childEnv.AUTH_SECRET = secret;
  console.warn(
    `\n⚠  AUTH_SECRET is not set: using the development secret ${created ? "just generated" : "kept"} in ${path.relative(root, devSecretPath)}.` +
      "\n   Set AUTH_SECRET in production.\n",
  );
}

async function waitForHealth(url: string, child: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 240 && child.exitCode === null; attempt++) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** Something already serving there may hold the embedded database: stop before touching it. */
function portIsFree(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port);
  });
}

async function main() {
  if (!(await portIsFree())) throw new Error(`Port ${port} is already in use: stop the other server or set PORT.`);
  ensureAuthSecret();
  console.log(
    `Database: ${childEnv.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite (${childEnv.PGLITE_DIR ?? ".data/pglite"})`}`,
  );
  await migrateDeploy({ env: childEnv });
  await run(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts", "--if-empty"]);
  if (!dev && buildIsStale(root)) {
    console.log("No up-to-date production build: building (about a minute)…");
    await run(bin("next"), ["build"]);
  }

  // The preload makes the connection's peer the last X-Forwarded-For entry (see lib/request-info.ts).
  // A production server's heap limit, as `npm run serve` and the systemd units set it (docs/DEPLOYMENT.md, "Memory under load").
  const heap = dev ? [] : ["--max-old-space-size=1024"];
  const server = spawn(process.execPath, [...heap, "--import", socketAddressPreload, nextCli, dev ? "dev" : "start", "-p", String(port)], {
    cwd: root,
    env: childEnv,
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));

  const url = `http://localhost:${port}`;
  if (await waitForHealth(url, server)) {
    const logins = demo ? `\nDemo logins (role, email, password):\n${demoLoginLines().join("\n")}\n` : "";
    console.log(`\n✔ Orbite is ready on ${url}\n${logins}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
