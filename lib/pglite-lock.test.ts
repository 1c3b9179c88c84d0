import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lockDataDir, lockFileName } from "./pglite-lock";

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pglite-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the embedded database's one-process lock", () => {
  it("refuses a second process while the first is alive, naming it, and frees the directory on release", async () => {
    const dir = scratch();
    // Another live process holds it.
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(path.join(dir, lockFileName), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`already open in process ${other.pid}.*DATABASE_URL`));
    } finally {
      other.kill();
      await new Promise((resolve) => other.once("exit", resolve));
    }
    // It died without releasing: the lock is taken over.
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, lockFileName), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(dir, lockFileName))).toBe(false);
  });
});
