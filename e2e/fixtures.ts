import { test as base, expect, type BrowserContext, type Page, type Response } from "@playwright/test";

/*
 * Playwright's `test` for every spec, with one addition that runs in every test: the content
 * security policy is watched in every browser context the test opens (the default one and any
 * made with `browser.newContext()`), and the test fails at its end if the browser refused anything;
 * those contexts are closed at its end.
 * And `page.goto` and `page.reload` (of the default page and of every page a test opens) return
 * once React has hydrated the page they open, as a person would wait for it: a field filled before
 * hydration is reset by it, and a form's button may stay disabled. Specs import `test`, `expect` and Playwright's types from here.
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

/**
 * Whether React has hydrated every control of the page: React attaches its props to each element
 * it hydrates, and a control still without them (in a part of the page whose code is still loading)
 * ignores a click. The API reference's controls are Vue's (Scalar): Vue marks the element it mounts
 * its app in. Runs in the page.
 */
function controlsHydrated(): boolean {
  const propsOf = (element: Element) => {
    const key = Object.keys(element).find((name) => name.startsWith("__reactProps$"));
    return key ? (element as unknown as Record<string, { dangerouslySetInnerHTML?: unknown }>)[key] : undefined;
  };
  // Markup React writes as a whole (`dangerouslySetInnerHTML`, the status page's bars) has no props of
  // its own: its controls are live once the element holding it is, which handles their events.
  const react = (element: Element) => {
    if (propsOf(element)) return true;
    for (let node = element.parentElement; node; node = node.parentElement) {
      const props = propsOf(node);
      if (props) return props.dangerouslySetInnerHTML !== undefined;
    }
    return false;
  };
  const inVueApp = (element: Element) => {
    for (let node: Element | null = element; node; node = node.parentElement) if ("__vue_app__" in node) return true;
    return false;
  };
  const controls = document.querySelectorAll("button, a[href], input, select, textarea, [role=button], [role=combobox], [tabindex]");
  return [...controls].every((control) => react(control) || inVueApp(control));
}

/**
 * Waits for the page to be hydrated (components/providers.tsx marks the document), as `goto` and
 * `reload` do by themselves. For a page a click opened with a full load (a link to another root
 * layout), a spec calls it before filling the page in.
 */
export async function waitForHydration(page: Page): Promise<void> {
  // The locator follows the page wherever it sends the reader from the browser, so this waits for
  // the page that stays. Under a loaded machine hydration can take tens of seconds, and a click
  // before it does nothing: the limit is against a hang only. A page that never marks itself (not
  // one of the app's) lets the next step tell.
  await page
    .locator("html[data-hydrated]")
    .waitFor({ timeout: 60_000 })
    .catch(() => {});
  // The mark comes from the root; a page's own part (inside its loading boundary) hydrates once
  // its code has loaded, after the page's load event.
  await page.waitForFunction(controlsHydrated, undefined, { timeout: 60_000, polling: 50 }).catch(() => {
    console.warn(`${page.url()}: some controls were still not hydrated after 60 s`);
  });
}

async function hydrated(page: Page, response: Response | null): Promise<Response | null> {
  if (response?.headers()["content-type"]?.startsWith("text/html")) await waitForHydration(page);
  return response;
}

const patchedPages = new WeakSet<Page>();

/** Makes `goto` and `reload` of this page wait for hydration; once per page. */
function waitForHydrationOnNavigation(page: Page): Page {
  if (patchedPages.has(page)) return page;
  patchedPages.add(page);
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => hydrated(page, await goto(url, options));
  page.reload = async (options) => hydrated(page, await reload(options));
  return page;
}

export const test = base.extend<{ contentSecurityPolicy: void }>({
  page: async ({ page }, provide) => {
    await provide(waitForHydrationOnNavigation(page));
  },
  contentSecurityPolicy: [
    async ({ browser }, use) => {
      const violations: string[] = [];
      const opened: BrowserContext[] = [];
      const watch = (context: BrowserContext) => {
        opened.push(context);
        context.on("console", (message) => {
          if (violationMessage.test(message.text())) violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
        });
        // Registered before the context's first page is opened: the event fires inside newContext().
        context.addInitScript(reportViolations).catch(() => {});
        // Pages a test opens itself (a second user's context) wait for hydration like the default page.
        const newPage = context.newPage.bind(context);
        context.newPage = async () => waitForHydrationOnNavigation(await newPage());
      };
      browser.on("context", watch);
      await use();
      browser.off("context", watch);
      // The browsers a test opened for other people close with it: left open, their pages would
      // keep their live connections and timers running through every later test, in one browser.
      await Promise.all(opened.map((context) => context.close().catch(() => {})));
      expect(violations, "the browser refused nothing under the content security policy").toEqual([]);
    },
    { auto: true },
  ],
});
