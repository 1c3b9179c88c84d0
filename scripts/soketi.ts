/**
 * soketi, a self-hosted Pusher-protocol server, for the scripts that need one (scripts/with-soketi.ts,
 * the cluster test). It lives in tools/soketi with its own package.json, outside the app's
 * dependencies, and is installed (`npm ci --prefix tools/soketi`) when its node_modules is missing.
 * It listens on 127.0.0.1 only, with the app of tools/soketi/soketi.json; several instances share
 * their channels through Redis when given a prefix there.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const toolDir = path.join(root, "tools", "soketi");
const configPath = path.join(toolDir, "soketi.json");
const serverBin = path.join(toolDir, "node_modules", "@soketi", "soketi", "bin", "server.js");
const host = "127.0.0.1";

/** The app (credentials) every soketi started here serves. */
export type SoketiApp = { id: string; key: string; secret: string };

export const soketiApp: SoketiApp = (JSON.parse(readFileSync(configPath, "utf8")) as { "appManager.array.apps": SoketiApp[] })[
  "appManager.array.apps"
][0];

/** Installs tools/soketi when it is not yet; resolves false when npm failed (its output is shown). */
export function ensureSoketiInstalled(): Promise<boolean> {
  if (existsSync(serverBin)) return Promise.resolve(true);
  console.log("soketi: installing tools/soketi (npm ci)…");
  return new Promise((resolve) => {
    const child = spawn("npm", ["ci", "--prefix", toolDir, "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
  });
}

export type SoketiOptions = {
  port: number;
  /** Its /usage (and metrics) server; must differ between instances on one machine (soketi's default: 9601). */
  metricsPort?: number;
  /** Shares channels with every soketi of the same prefix over this Redis server (the `redis` adapter). */
  redis?: { host: string; port: number; prefix: string };
  /** stdout and stderr (default: stderr shown, stdout dropped). */
  stdio?: StdioOptions;
};

/** The app's variables that point its realtime at this server. */
export function pusherEnv(port: number): Record<string, string> {
  return {
    PUSHER_APP_ID: soketiApp.id,
    PUSHER_KEY: soketiApp.key,
    PUSHER_SECRET: soketiApp.secret,
    PUSHER_HOST: host,
    PUSHER_PORT: String(port),
    PUSHER_USE_TLS: "false",
  };
}

/** How to start soketi with these options: command, arguments, working directory and environment. */
export function soketiCommand({ port, metricsPort, redis }: SoketiOptions): {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
} {
  const overrides: Record<string, string> = { SOKETI_PORT: String(port), SOKETI_DEBUG: "0" };
  if (metricsPort) overrides.SOKETI_METRICS_SERVER_PORT = String(metricsPort);
  if (redis) {
    Object.assign(overrides, {
      SOKETI_ADAPTER_DRIVER: "redis",
      // Redis's pub/sub channels are server-wide: the prefix keeps other soketi clusters apart.
      SOKETI_ADAPTER_REDIS_PREFIX: redis.prefix,
      SOKETI_DB_REDIS_HOST: redis.host,
      SOKETI_DB_REDIS_PORT: String(redis.port),
      SOKETI_DB_REDIS_KEY_PREFIX: `${redis.prefix}:`,
    });
  }
  return {
    command: process.execPath,
    args: [serverBin, "start", `--config=${configPath}`],
    cwd: toolDir,
    // The config binds 127.0.0.1; ports and adapter come from here so that they can move.
    env: { ...process.env, ...overrides, NODE_NO_WARNINGS: "1" },
  };
}

/** Starts soketi and resolves once it answers on its port; throws (after stopping it) when it does not. */
export async function startSoketi(options: SoketiOptions): Promise<ChildProcess> {
  const { command, args, cwd, env } = soketiCommand(options);
  const child = spawn(command, args, { cwd, env, stdio: options.stdio ?? ["ignore", "ignore", "inherit"] });
  try {
    await waitForSoketi(child, options.port);
  } catch (error) {
    await stopSoketi(child);
    throw error;
  }
  return child;
}

/** Resolves once soketi answers on its port; throws when it exits first or does not answer in time. */
export async function waitForSoketi(child: ChildProcess, port: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`soketi exited with code ${child.exitCode} before answering`);
    try {
      const response = await fetch(`http://${host}:${port}/`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`soketi did not answer on ${host}:${port} within ${timeoutMs / 1000} s`);
}

/** SIGTERM, then SIGKILL after 5 s. */
export function stopSoketi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
