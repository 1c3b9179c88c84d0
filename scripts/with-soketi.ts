/**
 * Runs a command with a soketi server (a self-hosted Pusher-protocol server) beside it and the
 * `PUSHER_*` variables pointing at it, then stops soketi:
 *
 *   tsx scripts/with-soketi.ts -- <command> [args…]
 *
 * soketi is started by scripts/soketi.ts (installed first when missing). It listens on 127.0.0.1
 * only (port 6001, or SOKETI_PORT; its metrics server on soketi's 9601, or SOKETI_METRICS_PORT), with
 * the test app of tools/soketi/soketi.json.
 * Exits with the command's exit code.
 */
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { ensureSoketiInstalled, pusherEnv, startSoketi, stopSoketi } from "./soketi";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.SOKETI_PORT ?? 6001);
const metricsPort = process.env.SOKETI_METRICS_PORT ? Number(process.env.SOKETI_METRICS_PORT) : undefined;
const host = "127.0.0.1";

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

async function main(): Promise<number> {
  const separator = process.argv.indexOf("--");
  const [command, ...args] = separator >= 0 ? process.argv.slice(separator + 1) : process.argv.slice(2);
  if (!command) {
    console.error("usage: tsx scripts/with-soketi.ts -- <command> [args…]");
    return 2;
  }

  if (!(await ensureSoketiInstalled())) return 1;
  if (!(await portIsFree())) {
    console.error(`with-soketi: something already listens on ${host}:${port}; set SOKETI_PORT to another port.`);
    return 1;
  }

  const started = Date.now();
  const soketi = await startSoketi({ port, metricsPort });
  const stopOnSignal = () => void stopSoketi(soketi).then(() => process.exit(130));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);

  try {
    console.log(`with-soketi: soketi up on ${host}:${port} in ${Date.now() - started} ms`);
    return await run(command, args, { ...process.env, ...pusherEnv(port) });
  } finally {
    await stopSoketi(soketi);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
