import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/** The file that says which process has the embedded database open. */
export const lockFileName = "orbite.lock";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the embedded database's directory for this process. PGlite is one process's database and
 * nothing in it stops a second one from opening the same files (and corrupting them): a second
 * process is refused here with a clear message. A lock left by a process that died is taken over.
 * Returns the release, which the close of the database calls.
 */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        process.off("exit", release);
        try {
          if (readFileSync(file, "utf8") === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(file, "utf8"));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new Error(
          `The embedded database in ${dir} is already open in process ${holder}: it serves one process only. ` +
            "Stop that process first, or set DATABASE_URL to a PostgreSQL server to run more than one instance.",
        );
      }
      unlinkSync(file);
    }
  }
  throw new Error(`Could not lock the embedded database in ${dir}.`);
}
