import type { BrowserContext } from "@playwright/test";

/** How long the network must stay quiet before a page counts as loaded. */
const quietMs = 2_000;
/** A page that keeps asking (a polling view) is measured at this long after its load. */
const longestMs = 8_000;

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
    // on the machine's load).
    await cdp.send("Network.setBlockedURLs", { urls: ["*_rsc=*"] });
    const pending = new Set<string>();
    const headers = new Map<string, number>();
    let bytes = 0;
    let files = 0;
    let lastActivity = Date.now();
    let mainFrame: string | undefined;
    /** When the page's last load began to be measured: its longest wait runs from then. */
    let measuredFrom = Date.now();
    cdp.on("Network.requestWillBeSent", (event) => {
      if (event.type === "EventSource") return;
      // The page loaded again (a live page's refresh meets the blocked `_rsc` fetch and Next falls
      // back to loading the document): what counts is one load of the page, the last one.
      if (event.type === "Document" && !event.redirectResponse) {
        if (mainFrame === undefined) mainFrame = event.frameId;
        else if (event.frameId === mainFrame) {
          bytes = 0;
          files = 0;
          headers.clear();
          measuredFrom = Date.now();
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
    if (hydrationMark) await page.locator("html[data-hydrated]").waitFor({ timeout: 60_000 });
    measuredFrom = Date.now();
    lastActivity = measuredFrom;
    while ((pending.size > 0 || Date.now() - lastActivity < quietMs) && Date.now() - measuredFrom < longestMs)
      await page.waitForTimeout(250);
    return { bytes, files };
  } finally {
    await page.close();
  }
}
