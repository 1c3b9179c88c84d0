import type { BrowserContext } from "@playwright/test";

/** How long the network must stay quiet before a page counts as loaded. */
const quietMs = 2_000;
/** A page that keeps asking (a polling view) is measured at this long after its load. */
const longestMs = 8_000;
/** Loads of one page measured at most before its last one counts. */
const maxReloads = 3;

/**
 * The compressed JavaScript a page loads in Chromium (response bodies as transferred, headers left
 * out), from an empty cache, until it has loaded and its network has been quiet for a moment (its
 * live stream apart): what the page downloads before the visitor does anything, the chunks it
 * loads itself once hydrated included. Chunks that only an action loads (a dialog opened, a menu
 * unfolded) and the pages its links fetch ahead are not. Null for a page that sends the reader
 * elsewhere.
 */
/**
 * `url` is absolute. `hydrationMark`: the page is one of the app's, which marks the document once
 * React has hydrated it (components/providers.tsx); the quiet moment is counted from then, since
 * hydrating is computing, not loading, and the chunks it asks for only come after it.
 */
export async function scriptBytes(
  context: BrowserContext,
  url: string,
  { hydrationMark = true } = {},
): Promise<{ bytes: number; files: number } | null> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    // The pages its links fetch ahead are theirs, not this page's (and when they are fetched depends
    // on the machine's load): prefetches fail. A live page's refresh (an RSC fetch without the
    // prefetch header) goes through, so the page is not reloaded by Next's fallback.
    await cdp.send("Fetch.enable", { patterns: [{ urlPattern: "*_rsc=*" }] });
    cdp.on("Fetch.requestPaused", (event) => {
      const prefetch = Object.keys(event.request.headers).some((name) => /^next-router(-segment)?-prefetch$/i.test(name));
      const answer = prefetch
        ? cdp.send("Fetch.failRequest", { requestId: event.requestId, errorReason: "BlockedByClient" })
        : cdp.send("Fetch.continueRequest", { requestId: event.requestId });
      // The page may be closing while a request is paused.
      answer.catch(() => undefined);
    });
    const pending = new Set<string>();
    const headers = new Map<string, number>();
    let bytes = 0;
    let files = 0;
    let lastActivity = Date.now();
    let mainFrame: string | undefined;
    /** Loads of the page after the first. */
    let reloads = 0;
    cdp.on("Network.requestWillBeSent", (event) => {
      if (event.type === "EventSource") return;
      // The page loaded again: what counts is one load of the page, the last one.
      if (event.type === "Document" && !event.redirectResponse) {
        if (mainFrame === undefined) mainFrame = event.frameId;
        else if (event.frameId === mainFrame) {
          bytes = 0;
          files = 0;
          headers.clear();
          reloads += 1;
        }
      }
      pending.add(event.requestId);
      lastActivity = Date.now();
    });
    let status = 0;
    cdp.on("Network.responseReceived", (event) => {
      if (event.type === "Script") headers.set(event.requestId, event.response.encodedDataLength);
      if (event.type === "Document" && !status) status = event.response.status;
    });
    const settled = (requestId: string) => {
      if (pending.delete(requestId)) lastActivity = Date.now();
    };
    cdp.on("Network.loadingFinished", (event) => {
      settled(event.requestId);
      const headerBytes = headers.get(event.requestId);
      if (headerBytes === undefined) return;
      bytes += event.encodedDataLength - headerBytes;
      files += 1;
    });
    cdp.on("Network.loadingFailed", (event) => settled(event.requestId));
    // Opened by the browser itself: the journeys' `goto` also waits for the app's hydration mark,
    // which a bare page never sets.
    await Promise.all([page.waitForEvent("load"), cdp.send("Page.navigate", { url })]);
    // A page that sends the reader elsewhere is not this page.
    if (status !== 200 || new URL(page.url()).pathname !== new URL(url).pathname) return null;
    // Each load is measured from its own hydration (the document measured is marked, so a reloaded
    // one is told apart); a page reloading again and again is measured on its last load.
    for (let load = 0; ; load += 1) {
      const seen = reloads;
      if (hydrationMark) {
        await page.locator("html[data-hydrated]:not([data-measured])").waitFor({ timeout: 60_000 });
        await page.evaluate(() => (document.documentElement.dataset.measured = "")).catch(() => undefined);
      }
      const measuredFrom = Date.now();
      lastActivity = measuredFrom;
      while (reloads === seen && (pending.size > 0 || Date.now() - lastActivity < quietMs) && Date.now() - measuredFrom < longestMs)
        await page.waitForTimeout(250);
      if (reloads === seen || load === maxReloads) break;
    }
    return { bytes, files };
  } finally {
    await page.close();
  }
}
