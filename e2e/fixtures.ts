import { test as base, expect, type BrowserContext } from "@playwright/test";

/*
 * Playwright's `test` for every spec, with one addition that runs in every test: the content
 * security policy is watched in every browser context the test opens (the default one and any
 * made with `browser.newContext()`), and the test fails at its end if the browser refused anything.
 * Specs import `test`, `expect` and Playwright's types from here.
 */

export * from "@playwright/test";

/** What Chromium logs when it refuses something, and what the page script below reports. */
const violationMessage = /Content Security Policy|^Refused to /i;

/** Runs in every page before its own scripts (init scripts are exempt from the page's policy). */
function reportViolations() {
  document.addEventListener("securitypolicyviolation", (event) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : "";
    console.error(`Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"}${where}`);
  });
}

export const test = base.extend<{ contentSecurityPolicy: void }>({
  contentSecurityPolicy: [
    async ({ browser }, use) => {
      const violations: string[] = [];
      const watch = (context: BrowserContext) => {
        context.on("console", (message) => {
          if (violationMessage.test(message.text())) violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
        });
        // Registered before the context's first page is opened: the event fires inside newContext().
        context.addInitScript(reportViolations).catch(() => {});
      };
      browser.on("context", watch);
      await use();
      browser.off("context", watch);
      expect(violations, "the browser refused nothing under the content security policy").toEqual([]);
    },
    { auto: true },
  ],
});
