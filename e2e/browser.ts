import { existsSync } from "node:fs";

/**
 * Debian's Chromium. The tests run in its headless shell (`chromium-headless-shell`, the old headless
 * mode, what Playwright itself runs headless tests in) when it is installed: the same engine, at
 * about half the computing of the full browser, which the test runs on two cores are short of.
 * `CHROMIUM_PATH` names another build.
 */
const headlessShell = "/usr/bin/chromium-headless-shell";
const fullBrowser = "/usr/bin/chromium";

/** The full browser: Lighthouse measures what a person's browser does. */
export const fullChromiumPath = process.env.CHROMIUM_PATH ?? fullBrowser;

/** The browser of the tests, with the flags that keep it off the closed network. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync(headlessShell) ? headlessShell : fullBrowser),
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
