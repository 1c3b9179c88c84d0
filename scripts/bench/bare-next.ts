/**
 * The benchmarks' baseline, bench/baseline (see its README): a bare Next.js app, the same Next
 * version as the app's and its node_modules, with an empty page and two routes and nothing else.
 * POST /api/insert writes to the table below, in the database named by DATABASE_URL. Built with
 * `next build` and started with `next start` like the app, so the difference between the two is
 * the app's own work.
 */
import { cpSync, symlinkSync } from "node:fs";
import path from "node:path";
import { nextBin, root, runCommand } from "./servers";

/** `textPage`: a heading and a line of text, for Lighthouse (an empty page paints nothing it could time). */
export const bareRoutes = { page: "/", textPage: "/text", constant: "/api/constant", insert: "/api/insert" } as const;

/** The table POST /api/insert writes to; `key` is the body's idempotencyKey. */
export const bareTableSql =
  "CREATE TABLE bench_bare (id bigserial PRIMARY KEY, key text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now())";

/** The baseline's sources, kept in the repository. */
export const bareAppSource = path.join(root, "bench", "baseline");

/**
 * Copies the bare app into `dir` (which must not exist yet), with the project's node_modules linked,
 * and builds it there: the build's output never lands in the repository.
 */
export async function buildBareApp(dir: string): Promise<void> {
  cpSync(bareAppSource, dir, { recursive: true, filter: (source) => path.basename(source) !== "README.md" });
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  await runCommand(process.execPath, [nextBin, "build"], dir, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
}
