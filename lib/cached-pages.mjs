// @ts-check
/**
 * The public pages rendered once per language and served from Next's cache (app/[locale]). The
 * proxy reads the visitor's language (cookie, then Accept-Language) and hands it over in
 * `pageLocaleHeader`; a rewrite in next.config.mjs then serves that language's copy. The URL the
 * visitor sees stays the same. (A rewrite from the proxy itself would leave the server when it is
 * bound to 127.0.0.1: Next compares the rewrite's host, which it spells "localhost", with its own.)
 *
 * JavaScript, not TypeScript: next.config.mjs imports it, and Node reads that file as it is.
 */
export const cachedPages = /** @type {const} */ (["/pricing", "/status", "/login", "/register"]);

/** The request header in which the proxy names the language of a page served from cache. */
export const pageLocaleHeader = "x-page-locale";
