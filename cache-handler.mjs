// @ts-check
import { createHash } from "node:crypto";
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

import tagsManifest from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

// A CommonJS module compiled from ES modules: the class is its `default` export.
/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache.js").default} */
const FileSystemCache = /** @type {any} */ (fileSystemCache).default ?? fileSystemCache;

/**
 * Next's own page cache (memory and `.next/server`), plus two things. When a page is stored, its
 * scripts are made to load once it has been painted (`withScriptsAfterFirstPaint`), and the
 * content security policy the proxy handed the request (`cachedPagePolicyHeader` in
 * lib/security-headers.ts) gets the sha256 of every inline script of the HTML actually stored, and is
 * stored with the page in the headers Next sends with every copy of it. A page served from cache
 * carries no nonce: its inline scripts (the theme script, Next's flight data, which changes with each
 * render) run by their hashes, and no other inline script can.
 *
 * And one correction: a page dropped with `revalidatePath`/`revalidateTag` is rendered again before
 * it is answered. Next checks a page's dropped tags only while the page is younger than its
 * `revalidate`; an older one would be answered once more as it was (stale-while-revalidate), after
 * the change that dropped it, to the browser that re-reads because of that change.
 */
const policyHeader = "x-cached-page-policy";

/** Inline scripts: a `<script>` element without `src`, its text exactly as the browser hashes it. */
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** @param {string} html */
export function scriptHashes(html) {
  const hashes = new Set();
  for (const [, body] of html.matchAll(inlineScript)) {
    if (body) hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** @param {string} policy @param {string} html */
export function withScriptHashes(policy, html) {
  const hashes = scriptHashes(html);
  return hashes.length ? policy.replace(/(^|; )script-src 'self'/, `$1script-src 'self' ${hashes.join(" ")}`) : policy;
}

/** The scripts Next writes into a page's head to boot it: the build's chunks, each async. */
const bootScript = /<script src="(\/_next\/static\/[\w./-]+\.js)" async=""><\/script>/g;

/**
 * The page with its scripts fetched once it has been painted. An async script runs as soon as it
 * has arrived, and on these pages that was often before the first paint, which then waited for React
 * to boot and hydrate the whole page; the scripts also took the connection's bandwidth from the page's
 * own bytes (its HTML, stylesheet and font). The page is readable without them: its links work,
 * and a form sent before its code runs is posted, never written into the URL. An inline script at
 * the end of the page adds them when the browser reports the first contentful paint; at once in a
 * tab that is not shown (it paints nothing) or a browser that does not report paints; after three
 * seconds at the latest.
 * @param {string} html
 */
export function withScriptsAfterFirstPaint(html) {
  const sources = [...html.matchAll(bootScript)].map(([, src]) => src);
  if (!sources.length || !html.includes("</body>")) return html;
  return html.replace(bootScript, "").replace("</body>", `<script>${bootAfterFirstPaint(sources)}</script></body>`);
}

/** The inline loader (hashed into the page's policy with the page's other inline scripts). @param {string[]} sources */
const bootAfterFirstPaint = (sources) =>
  "(()=>{let done=false;const run=()=>{if(done)return;done=true;" +
  `for(const src of ${JSON.stringify(sources)}){const script=document.createElement("script");script.src=src;script.async=true;document.head.append(script)}};` +
  'if(document.visibilityState==="hidden"||!window.PerformanceObserver?.supportedEntryTypes?.includes("paint"))return run();' +
  'new PerformanceObserver((list,observer)=>{if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();run()}}).observe({type:"paint",buffered:true});' +
  'document.addEventListener("visibilitychange",run,{once:true});setTimeout(run,3000)})()';

/** @param {string[]} tags @param {number} storedAt */
const tagsDropped = (tags, storedAt) => tagsManifest.areTagsExpired(tags, storedAt) || tagsManifest.areTagsStale(tags, storedAt);

export default class PageCache extends FileSystemCache {
  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} options */
  constructor(options) {
    super(options);
    const sent = options._requestHeaders?.[policyHeader];
    this.policy = Array.isArray(sent) ? sent[0] : sent;
  }

  /**
   * @param {Parameters<InstanceType<typeof FileSystemCache>["get"]>} args
   */
  async get(...args) {
    const data = await super.get(...args);
    const tags = data?.value?.kind === "APP_PAGE" ? data.value.headers?.["x-next-cache-tags"] : undefined;
    // Dropped tags, whether expired at once (`revalidateTag(tag, { expire: 0 })`) or only marked
    // stale (`revalidatePath`): the page is rendered again rather than answered once more as it was.
    if (typeof tags === "string" && data && tagsDropped(tags.split(","), data.lastModified ?? 0)) return null;
    return data;
  }

  /**
   * @param {string} key
   * @param {Parameters<InstanceType<typeof FileSystemCache>["set"]>[1]} data
   * @param {Parameters<InstanceType<typeof FileSystemCache>["set"]>[2]} context
   */
  async set(key, data, context) {
    if (data?.kind === "APP_PAGE" && typeof data.html === "string" && this.policy) {
      data.html = withScriptsAfterFirstPaint(data.html);
      // The same object Next answers the request that rendered the page with: the first copy carries it too.
      data.headers ??= {};
      data.headers["content-security-policy"] = withScriptHashes(this.policy, data.html);
    }
    return super.set(key, data, context);
  }
}
