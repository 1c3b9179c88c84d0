/**
 * A list page's server render beside the API call that returns the same rows, on a running app:
 *
 *   npm run bench:list-page -- http://127.0.0.1:3000
 *
 * Signed in as EMAIL/PASSWORD (the demo admin by default), it asks for PAGE (/crm/leads) and API
 * (/api/crm/leads, the same 25 newest leads) one request at a time, interleaved, RUNS times each
 * (30), and prints the p50 and p95 of each and their ratio (the time of a whole answer read on the
 * same machine: the server's time, the transfer over loopback being negligible). Then the page's
 * weight: the HTML document, the part of it that is React's flight data (the inline scripts), and
 * the API's JSON. Last, the page at CONNECTIONS (20) connections for DURATION (10) s: req/s, p50,
 * p97.5, and the answers' statuses.
 */
import autocannon from "autocannon";
import { HttpSession } from "./http-session";
import { loadAverage, log } from "./bench/servers";
import { percentile } from "./bench/percentile";

const base = (process.argv[2] ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const page = process.env.PAGE ?? "/crm/leads";
const api = process.env.API ?? "/api/crm/leads";
const runs = Number(process.env.RUNS ?? 30);
const connections = Number(process.env.CONNECTIONS ?? 20);
const duration = Number(process.env.DURATION ?? 10);

async function timed(session: HttpSession, path: string, headers: Record<string, string>) {
  const started = performance.now();
  const response = await session.fetch(path, { headers });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 120)}`);
  return { ms, body };
}

async function main() {
  const session = new HttpSession(base, { headers: { "accept-language": "fr" } });
  const signedIn = await session.signIn(process.env.EMAIL ?? "admin@orbite.test", process.env.PASSWORD ?? "admin-demo-2026");
  if (!signedIn.ok) throw new Error(`sign-in failed: ${JSON.stringify(signedIn)}`);
  const html = { accept: "text/html" };
  const json = { accept: "application/json" };
  for (let i = 0; i < 3; i++) {
    await timed(session, page, html);
    await timed(session, api, json);
  }

  const startLoad = loadAverage();
  const pageTimes: number[] = [];
  const apiTimes: number[] = [];
  let document = "";
  let answer = "";
  for (let i = 0; i < runs; i++) {
    // Interleaved, in alternating order, so that a busy moment falls on both.
    const order = i % 2 === 0 ? ["page", "api"] : ["api", "page"];
    for (const which of order) {
      if (which === "page") {
        const { ms, body } = await timed(session, page, html);
        pageTimes.push(ms);
        document = body;
      } else {
        const { ms, body } = await timed(session, api, json);
        apiTimes.push(ms);
        answer = body;
      }
    }
  }
  const endLoad = loadAverage();
  const flight = [...document.matchAll(/<script[^>]*>(self\.__next_f[\s\S]*?)<\/script>/g)].reduce(
    (sum, [, script]) => sum + script.length,
    0,
  );
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(`\n${page} beside ${api}, one request at a time, ${runs} each (load average ${startLoad} → ${endLoad}):\n`);
  console.log("| answer | p50 ms | p95 ms | bytes |");
  console.log("| --- | --: | --: | --: |");
  console.log(
    `| page ${page} | ${percentile(pageTimes, 50).toFixed(1)} | ${percentile(pageTimes, 95).toFixed(1)} | ${kB(document.length)} (flight data ${kB(flight)}) |`,
  );
  console.log(`| API ${api} | ${percentile(apiTimes, 50).toFixed(1)} | ${percentile(apiTimes, 95).toFixed(1)} | ${kB(answer.length)} |`);
  console.log(
    `| page ÷ API | ${(percentile(pageTimes, 50) / percentile(apiTimes, 50)).toFixed(2)}× | ${(percentile(pageTimes, 95) / percentile(apiTimes, 95)).toFixed(2)}× | |`,
  );

  log(`${page} at ${connections} connections for ${duration} s (load average ${loadAverage()})`);
  const result = await autocannon({
    url: `${base}${page}`,
    connections,
    duration,
    timeout: 10,
    headers: { ...html, "accept-language": "fr", cookie: session.cookieHeader() },
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, { count = 0 }]) => [status, count]));
  console.log(
    `\n${page}, ${connections} connections: ${(result.requests.total / result.duration).toFixed(1)} req/s, p50 ${result.latency.p50} ms, ` +
      `p97.5 ${result.latency.p97_5} ms; statuses ${JSON.stringify(statuses)} (load average ${loadAverage()})`,
  );
}

await main();
