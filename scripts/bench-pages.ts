/**
 * Pages of a running app beside a bare Next.js app's empty page (prerendered), both on this
 * machine: `npm run bench:pages -- http://127.0.0.1:3000`. Each path runs DURATION seconds
 * (default 10) at CONNECTIONS connections (default 20), four times, interleaved app, bare, bare,
 * app; it prints the means, the ratio app ÷ bare, the answers' statuses and the cache header the
 * app answered with, and the load average at the start and the end of each path (only ratios
 * measured in the same run mean anything on a shared machine). PATHS (comma-separated) defaults to
 * /pricing,/status; LANGUAGE (fr or en) is sent as Accept-Language.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { bareRoutes, buildBareApp } from "./bench/bare-next";
import { freePort, loadAverage, log, startNext } from "./bench/servers";

const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const seconds = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 20);
const paths = (process.env.PATHS ?? "/pricing,/status").split(",").map((p) => p.trim());
const headers = { "accept-language": process.env.LANGUAGE ?? "fr" };

type Shot = { rps: number; p50: number; p99: number; statuses: Record<string, number> };

async function shoot(url: string, duration = seconds): Promise<Shot> {
  const result = await autocannon({ url, connections, duration, timeout: 10, headers });
  const statuses: Record<string, number> = {};
  for (const [status, { count = 0 }] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = count;
  return { rps: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99, statuses };
}

const mean = (shots: Shot[], key: "rps" | "p50" | "p99") => shots.reduce((sum, shot) => sum + shot[key], 0) / shots.length;

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), "bench-pages-"));
  const bareDir = path.join(work, "bare");
  log(`building the bare Next.js app in ${bareDir}`);
  await buildBareApp(bareDir);
  const children: Array<{ kill: (signal?: NodeJS.Signals) => boolean }> = [];
  try {
    const bareBase = await startNext({ name: "bare", cwd: bareDir, env: process.env, port: await freePort(), logDir: work }, (child) =>
      children.push(child),
    );
    const bare = `${bareBase}${bareRoutes.page}`;
    const rows: string[] = [];
    for (const page of paths) {
      const app = `${base}${page}`;
      const answer = await fetch(app, { headers });
      const cache = answer.headers.get("x-nextjs-cache") ?? "none";
      // Warm both (the first request renders and stores the page).
      await shoot(app, 2);
      await shoot(bare, 2);
      const startLoad = loadAverage();
      log(`${page}: load average ${startLoad}; app ${app} (x-nextjs-cache: ${cache}), bare ${bare}`);
      const appShots = [await shoot(app)];
      const bareShots = [await shoot(bare), await shoot(bare)];
      appShots.push(await shoot(app));
      const endLoad = loadAverage();
      const ratio = mean(appShots, "rps") / mean(bareShots, "rps");
      const statuses = JSON.stringify(appShots.map((s) => s.statuses));
      rows.push(
        `| GET ${page} | ${mean(appShots, "rps").toFixed(0)} | ${mean(appShots, "p50").toFixed(1)} | ${mean(appShots, "p99").toFixed(1)} | ` +
          `${mean(bareShots, "rps").toFixed(0)} | ${mean(bareShots, "p50").toFixed(1)} | ${ratio.toFixed(2)} | ${cache} | ${startLoad} → ${endLoad} | ${statuses} |`,
      );
    }
    console.log(`\nGET at ${connections} connections, ${seconds} s per run, app, bare, bare, app (means):\n`);
    console.log(
      "| page | app req/s | app p50 ms | app p99 ms | bare empty page req/s | bare p50 ms | app ÷ bare | cache | load average | app statuses |",
    );
    console.log("| --- | --: | --: | --: | --: | --: | --: | --- | --- | --- |");
    for (const row of rows) console.log(row);
  } finally {
    for (const child of children) child.kill("SIGTERM");
  }
}

await main();
