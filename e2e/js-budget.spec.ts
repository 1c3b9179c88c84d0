import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { buildBareApp, bareRoutes } from "../scripts/bench/bare-next";
import { freePort, startNext } from "../scripts/bench/servers";
import { baseURL } from "../playwright.config";
import { expect, test, type Browser } from "./fixtures";
import { detailAddress, pages } from "./pages";
import { scriptBytes } from "./script-weight";
import { sessionCookies } from "./sessions";
import type { DemoRole } from "./support";

/*
 * JavaScript budgets: the compressed JavaScript every page loads in Chromium (./script-weight.ts),
 * beside a bare Next.js app's empty page (the same Next.js, built and served here in the same run).
 * - /pricing, the first page most visitors see: at most the empty page's and 60 KiB more;
 * - every other page: at most 250 KiB.
 * Each page is measured once, as its area's role: the staff areas as an admin (who sees every staff
 * page, with the most controls), the customer's portal and account as a customer, the rest signed
 * out. A page that sends that role elsewhere (the site's root) is left out.
 *
 * Pages not yet within 250 KiB have a ceiling of their own below, a little above what they load
 * today: they may only get lighter. A page that gets well within the goal must leave the list.
 */
const KiB = 1024;
const pricingAllowance = 60 * KiB;
const pageBudget = 250 * KiB;
/**
 * Measured in Chromium on 2026-12-07, plus at least 15 KiB, rounded up to 10 KiB. A page loads the
 * same bytes from run to run, but for those noted.
 */
const ceilings: Record<string, number> = {};
/** A page with a ceiling this far under the goal must leave the list. */
const ratchetMargin = 20 * KiB;

const roles: Array<DemoRole | null> = [null, "CUSTOMER", "ADMIN"];
const roleFor = (route: string): DemoRole | null =>
  /^\/(crm|livepulse|admin)(\/|$)/.test(route) ? "ADMIN" : /^\/(hosting|account|notifications|docs)(\/|$)/.test(route) ? "CUSTOMER" : null;
/** Pages measured at once (bytes do not depend on the machine's load, only the time does). */
const concurrency = 6;

async function contextFor(browser: Browser, role: DemoRole | null) {
  // The company's zone, which pages are rendered in: no second render for the browser's own.
  const context = await browser.newContext({ baseURL, locale: "fr-FR", timezoneId: "Europe/Paris" });
  if (role) await context.addCookies(sessionCookies(role));
  return context;
}

test.describe("JavaScript budgets", () => {
  // The bare app's build, then about fifty pages.
  test.describe.configure({ timeout: 600_000 });
  let bare: ChildProcess | undefined;
  let bareDir = "";

  test.afterAll(() => {
    bare?.kill("SIGTERM");
    if (bareDir) rmSync(bareDir, { recursive: true, force: true });
  });

  test("every page loads no more JavaScript than its budget", async ({ browser }) => {
    bareDir = mkdtempSync(path.join(tmpdir(), "bare-next-"));
    const appDir = path.join(bareDir, "app");
    await buildBareApp(appDir);
    const bareURL = await startNext(
      { name: "bare", cwd: appDir, env: process.env, port: await freePort(), logDir: bareDir },
      (child) => (bare = child),
    );
    const visitor = await contextFor(browser, null);
    const empty = await scriptBytes(visitor, new URL(bareRoutes.page, bareURL).toString(), { hydrationMark: false });
    if (!empty) throw new Error("the bare app's empty page did not answer 200");
    await visitor.close();

    // Each page once, as its area's role; a detail page is reached through its list.
    const contexts = new Map(await Promise.all(roles.map(async (role) => [role, await contextFor(browser, role)] as const)));
    const owner = new Map<string, { address: string; role: DemoRole | null }>();
    for (const spec of pages) {
      const role = roleFor(spec.path);
      if (owner.has(spec.path) || ("from" in spec && roleFor(spec.from) !== role)) continue;
      const address = "from" in spec ? await detailAddress(contexts.get(role)!, spec) : spec.path;
      if (address) owner.set(spec.path, { address, role });
    }
    await Promise.all([...contexts.values()].map((context) => context.close()));
    const queue = [...owner];
    const rows: Array<{ page: string; role: DemoRole | null; bytes: number; files: number; budget: number }> = [];
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const [page, { address, role }] = next;
          const context = await contextFor(browser, role);
          const measured = await scriptBytes(context, new URL(address, baseURL).toString());
          await context.close();
          if (!measured) continue;
          const { bytes, files } = measured;
          const budget = page === "/pricing" ? empty.bytes + pricingAllowance : (ceilings[page] ?? pageBudget);
          rows.push({ page, role, bytes, files, budget });
        }
      }),
    );

    rows.sort((a, b) => b.bytes - a.bytes);
    const kib = (bytes: number) => (bytes / KiB).toFixed(1);
    console.log(`\nJavaScript per page (compressed KiB); the bare Next.js empty page: ${kib(empty.bytes)} KiB in ${empty.files} files`);
    for (const row of rows) {
      const mark = row.bytes > row.budget ? "OVER" : ceilings[row.page] ? "ceiling" : "ok";
      console.log(
        `${kib(row.bytes).padStart(7)} ${String(row.files).padStart(3)} files  ≤ ${kib(row.budget).padStart(6)}  ${mark.padEnd(7)} ${row.page} (${row.role?.toLowerCase() ?? "visitor"})`,
      );
    }
    expect(rows.length, "pages measured").toBeGreaterThan(40);
    expect(empty.bytes, "the bare page loads some JavaScript").toBeGreaterThan(50 * KiB);
    expect(
      rows.filter((row) => row.bytes > row.budget).map((row) => `${row.page}: ${kib(row.bytes)} KiB > ${kib(row.budget)} KiB`),
    ).toEqual([]);
    expect(
      rows.filter((row) => ceilings[row.page] && row.bytes <= pageBudget - ratchetMargin).map((row) => row.page),
      "pages well within 250 KiB that still have a ceiling of their own",
    ).toEqual([]);
    expect(
      Object.keys(ceilings).filter((page) => !rows.some((row) => row.page === page)),
      "ceilings of pages not measured",
    ).toEqual([]);
  });
});
