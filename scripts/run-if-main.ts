import path from "node:path";
import { pathToFileURL } from "node:url";

/** A refusal the operator can act on (exit code 2), as opposed to a failure (exit code 1). */
export class Refusal extends Error {}

/**
 * `tsx scripts/<name>.ts`: runs `main` when the file is the entry point, not when another module (a
 * test) imports it. An error is printed as its message alone.
 */
export function runIfMain(moduleUrl: string, main: () => Promise<void>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(path.resolve(process.argv[1])).href) return;
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? `✘ ${error.message}` : error);
    process.exit(error instanceof Refusal ? 2 : 1);
  });
}
