/**
 * Lighthouse (mobile, simulated throttling) against a running server, several runs, median per metric.
 *   npm run bench:lighthouse -- [baseURL] [path…]        e.g. npm run bench:lighthouse -- http://127.0.0.1:3000 /pricing
 * RUNS sets the number of runs (5). Lighthouse comes from the npm registry through npx, pinned.
 * One run on a shared two-core machine varies by several points, hence the median.
 * AS names a demo role (CUSTOMER, SELLER, SUPPORT, ADMIN, prisma/seed/demo-users.ts): the pages are
 * then measured signed in as that user, whose session cookie Lighthouse sends with every request,
 * with the time-zone cookie a browser that signed in through the form has already written (the
 * login page writes it at the first keystroke): without it, each run's first page would be rendered
 * in the company's zone and again in the browser's, a first visit only that the user never sees here.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumLaunchOptions, fullChromiumPath } from "../e2e/browser";
import { timeZoneCookie } from "../lib/time-zone";
import { demoUsers } from "../prisma/seed/demo-users";
import { HttpSession } from "./http-session";

const [baseURL = "http://127.0.0.1:3000", ...paths] = process.argv.slice(2);
const runs = Number(process.env.RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), "lighthouse-"));

/** The session cookie of the demo user AS names, or none. */
async function signedInCookie(): Promise<string | null> {
  const role = process.env.AS;
  if (!role) return null;
  const user = demoUsers.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`AS names one of ${demoUsers.map((candidate) => candidate.role).join(", ")}.`);
  const session = new HttpSession(baseURL);
  const signedIn = await session.signIn(user.email, user.password);
  if (!signedIn.ok) throw new Error(`${user.email} could not sign in (${signedIn.status}).`);
  // Lighthouse's Chromium runs in this machine's zone, as this process does.
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `${session.cookieHeader()}; ${timeZoneCookie}=${encodeURIComponent(zone)}`;
}
const cookie = await signedInCookie();
const extraHeaders = cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : [];

type Report = {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue: number }>;
};

const metrics = {
  performance: (r: Report) => Math.round(r.categories.performance.score * 100),
  accessibility: (r: Report) => Math.round(r.categories.accessibility.score * 100),
  "LCP ms": (r: Report) => Math.round(r.audits["largest-contentful-paint"].numericValue),
  "TBT ms": (r: Report) => Math.round(r.audits["total-blocking-time"].numericValue),
  "FCP ms": (r: Report) => Math.round(r.audits["first-contentful-paint"].numericValue),
  CLS: (r: Report) => Math.round(r.audits["cumulative-layout-shift"].numericValue * 1000) / 1000,
};

function retrying(times: number, attempt: () => void): void {
  for (let left = times; ; left--) {
    try {
      return attempt();
    } catch (error) {
      if (left === 0) throw error;
      console.error(`(a run failed; again, ${left} more at most)`);
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

for (const path of paths.length ? paths : ["/pricing"]) {
  const url = new URL(path, baseURL).toString();
  await fetch(url, { headers: cookie ? { cookie } : {} }); // warm the server: the first render after a start loads its modules
  const reports: Report[] = [];
  for (let i = 0; i < runs; i++) {
    const output = join(dir, `run-${i}.json`);
    // Lighthouse sometimes loses the trace's start (NO_NAVSTART) and gives up: such a run is made again, twice at most.
    retrying(2, () =>
      execFileSync(
        "npx",
        [
          "-y",
          "lighthouse@12.8.2",
          url,
          `--chrome-flags=${chromiumLaunchOptions.args.join(" ")}`,
          "--only-categories=performance,accessibility",
          ...extraHeaders,
          "--output=json",
          `--output-path=${output}`,
          "--quiet",
        ],
        { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: fullChromiumPath } },
      ),
    );
    reports.push(JSON.parse(readFileSync(output, "utf8")) as Report);
  }
  console.log(`\n${url}${process.env.AS ? ` as ${process.env.AS}` : ""} (median of ${runs} runs; each run in brackets)`);
  for (const [name, read] of Object.entries(metrics)) {
    const values = reports.map(read);
    console.log(`  ${name.padEnd(14)} ${String(median(values)).padStart(6)}   [${values.join(", ")}]`);
  }
}
