import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/browser";

/** An unusual port, so nothing else on the machine answers in our place. */
const port = Number(process.env.E2E_PORT ?? 3107);
export const baseURL = `http://127.0.0.1:${port}`;
/** Runs side by side (one server each) keep their results apart. */
export const runDir = (name: string) => (port === 3107 ? name : `${name}-${port}`);

const sweep = /ui-sweep\.spec\.ts/;
/**
 * `E2E_HALF` splits the journeys in two halves of about the same length, which CI runs side by side:
 * the page sweep with these short specs (1), and every other spec (2), new ones included.
 */
const half = process.env.E2E_HALF;
const besideSweep = /\/(api|auth|pricing|pipeline|leads|status-uptime|js-budget)\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  outputDir: runDir("test-results"),
  fullyParallel: false,
  workers: 1,
  // A flaky journey is a bug to fix, not to retry.
  retries: 0,
  globalSetup: "./e2e/sessions.ts",
  // Generous limits: CI runs every lane at once on two cores, where a step that takes a second alone
  // can take ten. A hang still fails; speed is the benchmarks' business, never a test's timer.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "fr-FR",
    // The company's zone, which pages render in before the browser has told its own.
    timezoneId: "Europe/Paris",
    // Recording a trace slows every step; CI keeps no artifacts, so it records none.
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
    // A click that finds nothing to click fails within a minute, not at the end of its test's limit.
    actionTimeout: 60_000,
  },
  // The sweep of every page runs first, on the seeded data alone (journeys then add their own).
  projects: [
    ...(half === "2" ? [] : [{ name: "sweep", testMatch: sweep, use: { ...devices["Desktop Chrome"], channel: undefined } }]),
    {
      name: "chromium",
      testIgnore: half === "2" ? [sweep, besideSweep] : sweep,
      ...(half === "1" ? { testMatch: besideSweep } : {}),
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
  ],
  webServer: {
    command: `node --import ./server/socket-address.mjs node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
