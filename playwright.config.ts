import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/browser";

/** An unusual port, so nothing else on the machine answers in our place. */
const port = Number(process.env.E2E_PORT ?? 3107);
export const baseURL = `http://127.0.0.1:${port}`;
/** Runs side by side (one server each) keep their results apart. */
export const runDir = (name: string) => (port === 3107 ? name : `${name}-${port}`);

export default defineConfig({
  testDir: "e2e",
  outputDir: runDir("test-results"),
  fullyParallel: false,
  workers: 1,
  // A flaky journey is a bug to fix, not to retry.
  retries: 0,
  globalSetup: "./e2e/sessions.ts",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "fr-FR",
    // The company's zone, which pages render in before the browser has told its own.
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  // The sweep of every page runs first, on the seeded data alone (journeys then add their own).
  projects: [
    { name: "sweep", testMatch: /ui-sweep\.spec\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "chromium", testIgnore: /ui-sweep\.spec\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined } },
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
