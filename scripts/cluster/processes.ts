/**
 * The cluster test's child processes. Each one is started in a process group of its own (nginx's
 * workers, anything a child starts, go with it), its output kept in memory line by line, and every
 * group still alive is killed when the test ends, however it ends: SIGTERM then SIGKILL on the way
 * out, SIGKILL at once if the test process itself exits first.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

export type Child = {
  name: string;
  process: ChildProcess;
  pid: number;
  /** Every line written to stdout and stderr so far. */
  lines: string[];
  /** Resolves when the process has exited. */
  exited: Promise<void>;
};

export type SpawnOptions = { cwd: string; env: NodeJS.ProcessEnv; /** Also print each line, prefixed with the name. */ echo?: boolean };

export class Processes {
  private readonly children = new Set<Child>();
  /** Every group started, alive or not: the final check looks for any of them. */
  readonly groups = new Set<number>();
  /** Set by `stopAll`: nothing more is started (the test is ending). */
  private closed = false;

  constructor() {
    // Last resort, synchronous: the test process is leaving without having stopped them.
    process.on("exit", () => {
      for (const child of this.children) killGroup(child.pid, "SIGKILL");
    });
  }

  spawn(name: string, command: string, args: string[], { cwd, env, echo = false }: SpawnOptions): Child {
    if (this.closed) throw new Error(`${name}: not started, the test is stopping`);
    const proc = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    if (proc.pid === undefined) throw new Error(`${name}: could not start ${command}`);
    const lines: string[] = [];
    for (const stream of [proc.stdout!, proc.stderr!]) {
      createInterface({ input: stream }).on("line", (line) => {
        lines.push(line);
        if (echo) console.log(`  [${name}] ${line}`);
      });
    }
    const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
    const child: Child = { name, process: proc, pid: proc.pid, lines, exited };
    this.children.add(child);
    this.groups.add(proc.pid);
    void exited.then(() => this.children.delete(child));
    return child;
  }

  /** SIGKILL to the child's whole group, and waits until the child is gone. */
  async kill(child: Child): Promise<void> {
    killGroup(child.pid, "SIGKILL");
    await child.exited;
  }

  /** SIGTERM to the group, SIGKILL after `graceMs`. */
  async stop(child: Child, graceMs = 5000): Promise<void> {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return;
    killGroup(child.pid, "SIGTERM");
    const timer = setTimeout(() => killGroup(child.pid, "SIGKILL"), graceMs);
    await child.exited;
    clearTimeout(timer);
    // The leader of the group is gone; anything it left behind in its group goes too.
    killGroup(child.pid, "SIGKILL");
  }

  async stopAll(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.children].map((child) => this.stop(child)));
  }

  /** Processes of any group started here that are still alive (read from `ps`). */
  survivors(): string[] {
    const table = execFileSync("ps", ["-eo", "pid=,pgid=,args="], { encoding: "utf8" });
    return table
      .split("\n")
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null && this.groups.has(Number(match[2])))
      .map((match) => `${match[1]} ${match[3]}`);
  }
}

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Polls `probe` every `everyMs` until it returns a value (not undefined), or throws after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
