/**
 * What the benchmarks share to start and watch servers: the load average, timestamped lines, a
 * command run to its end, a free port, `next start` of a built app polled until it answers, the
 * resident memory of a process with its children, and one SQL statement on a server.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import path from "node:path";
import { Pool } from "pg";

export const root = path.resolve(import.meta.dirname, "..", "..");
export const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** The load average (1, 5, 15 min), two decimals each. */
export const loadAverage = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(" ");

export const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

export function runCommand(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export type StartOptions = {
  /** Names the log file, `<logDir>/<name>.log`. */
  name: string;
  /** The built app's directory. */
  cwd: string;
  /** Node's own options, before `next start` (e.g. `--import`). */
  nodeArgs?: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  logDir: string;
};

/**
 * `next start` of a built app on 127.0.0.1 in production mode, its output in a log file; resolves
 * with its base URL once it answers anything on /api/health, within two minutes.
 */
export async function startNext(
  { name, cwd, nodeArgs = [], env, port, logDir }: StartOptions,
  started: (child: ChildProcess) => void,
): Promise<string> {
  const logFile = path.join(logDir, `${name}.log`);
  const output = openSync(logFile, "a");
  const child = spawn(process.execPath, [...nodeArgs, nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", output, output],
  });
  started(child);
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    if (child.exitCode !== null) break;
    const up = await fetch(`${base}/api/health`).then(
      () => true,
      () => false,
    );
    if (up) return base;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not start: see ${logFile}`);
}

/** `pid` and every process below it (`ps`); empty when it is gone. */
export function processTree(pid: number): number[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((row) => row.length === 2 && row.every(Number.isFinite));
  if (!table.some(([p]) => p === pid)) return [];
  const inTree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, parent] of table)
      if (inTree.has(parent) && !inTree.has(p)) {
        inTree.add(p);
        grew = true;
      }
  }
  return [...inTree];
}

/**
 * Resident memory in KiB of these processes, from /proc/<pid>/status (Linux): cheap enough to read
 * every few hundred milliseconds while a load runs. Null when one is gone or there is no /proc.
 */
export function procRssKiB(pids: number[]): number | null {
  let kib = 0;
  for (const pid of pids) {
    try {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (!match) return null;
      kib += Number(match[1]);
    } catch {
      return null;
    }
  }
  return pids.length ? kib : null;
}

/** Resident memory in KiB of `pid` and every process below it; null when it is gone. */
export function treeRssKiB(pid: number): number | null {
  const pids = processTree(pid);
  if (!pids.length) return null;
  const rss = new Map(
    execFileSync("ps", ["-o", "pid=,rss=", "-p", pids.join(",")], { encoding: "utf8" })
      .split("\n")
      .map((line) => line.trim().split(/\s+/).map(Number))
      .filter((row) => row.length === 2 && row.every(Number.isFinite))
      .map(([p, kib]) => [p, kib] as const),
  );
  return pids.reduce((kib, p) => kib + (rss.get(p) ?? 0), 0);
}

/** One statement on its own connection (CREATE DATABASE, DROP DATABASE: outside any transaction). */
export async function runSql(connectionString: string, sql: string): Promise<void> {
  const pool = new Pool({ connectionString, max: 1 });
  try {
    await pool.query(sql);
  } finally {
    await pool.end();
  }
}
