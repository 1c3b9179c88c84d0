/**
 * Runs a command with a soketi server (a self-hosted Pusher-protocol server) beside it and the
 * `PUSHER_*` variables pointing at it, then stops soketi:
 *
 *   tsx scripts/with-soketi.ts -- <command> [args…]
 *
 * soketi lives in tools/soketi with its own package.json, outside the app's dependencies; it is
 * installed (`npm ci --prefix tools/soketi`) when its node_modules is missing. It listens on
 * 127.0.0.1 only (port 6001, or SOKETI_PORT), with the test app of tools/soketi/soketi.json.
 * Exits with the command's exit code.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const toolDir = path.join(root, "tools", "soketi");
const configPath = path.join(toolDir, "soketi.json");
const serverBin = path.join(toolDir, "node_modules", "@soketi", "soketi", "bin", "server.js");
const port = Number(process.env.SOKETI_PORT ?? 6001);
const host = "127.0.0.1";

type App = { id: string; key: string; secret: string };

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", (err) => {
      console.error(err);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function portIsFree(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

async function waitUntilUp(child: ChildProcess, timeoutMs = 30_000): Promise<void> {
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

function stop(child: ChildProcess): Promise<void> {
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

async function main(): Promise<number> {
  const separator = process.argv.indexOf("--");
  const [command, ...args] = separator >= 0 ? process.argv.slice(separator + 1) : process.argv.slice(2);
  if (!command) {
    console.error("usage: tsx scripts/with-soketi.ts -- <command> [args…]");
    return 2;
  }

  if (!existsSync(serverBin)) {
    console.log("with-soketi: installing tools/soketi (npm ci)…");
    const code = await run("npm", ["ci", "--prefix", toolDir, "--no-audit", "--no-fund"]);
    if (code !== 0) return code;
  }
  if (!(await portIsFree())) {
    console.error(`with-soketi: something already listens on ${host}:${port}; set SOKETI_PORT to another port.`);
    return 1;
  }

  const config = JSON.parse(readFileSync(configPath, "utf8")) as { "appManager.array.apps": App[] };
  const app = config["appManager.array.apps"][0];
  const soketi = spawn(process.execPath, [serverBin, "start", `--config=${configPath}`], {
    cwd: toolDir,
    // The config binds 127.0.0.1; the port comes from here so it can move.
    env: { ...process.env, SOKETI_PORT: String(port), SOKETI_DEBUG: "0", NODE_NO_WARNINGS: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stopOnSignal = () => void stop(soketi).then(() => process.exit(130));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);

  try {
    const started = Date.now();
    await waitUntilUp(soketi);
    console.log(`with-soketi: soketi up on ${host}:${port} in ${Date.now() - started} ms`);
    return await run(command, args, {
      ...process.env,
      PUSHER_APP_ID: app.id,
      PUSHER_KEY: app.key,
      PUSHER_SECRET: app.secret,
      PUSHER_HOST: host,
      PUSHER_PORT: String(port),
      PUSHER_USE_TLS: "false",
    });
  } finally {
    await stop(soketi);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
