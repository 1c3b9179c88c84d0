// @ts-check
import path from "node:path";
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";
import { apiContentSecurityPolicy } from "./lib/api-security-policy.mjs";
import { cachedPages, pageLocaleHeader } from "./lib/cached-pages.mjs";

/**
 * JavaScript, not TypeScript: Node 20 cannot read a next.config.ts, and Next then loads its SWC
 * compiler (a 26 MB native module) into every server at start only to read this file, and keeps it.
 * Measured: 28 MB less resident memory per instance (docs/DEPLOYMENT.md, "Memory under load").
 */

/**
 * The headers every answer carries (pages, API, assets). On top: the API's content security policy
 * (below), and, set per request, a page's policy with its nonce (proxy.ts) and HSTS behind a trusted
 * TLS proxy (proxy.ts for pages, lib/http.ts for the API).
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // No other site may frame a page (clickjacking); CSP's frame-ancestors says the same to newer browsers.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite ships a 24 MB WASM build: load it from node_modules at run time. pusher (node-fetch) runs as shipped.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino", "pusher"],
  poweredByHeader: false,
  // Next would hash every page it answers, in JavaScript, for an ETag: 8 % of the CPU of serving
  // /pricing from cache (its 112 KB of HTML). No page is kept by browsers for revalidation: the pages
  // served from cache are kept only by shared caches (`s-maxage`), the others are `no-store`.
  generateEtags: false,
  typedRoutes: false,
  // Type errors are caught by `npm run typecheck`, which CI runs before anything is built; the
  // build does not check them a second time.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Every production build starts clean (CI, a release); the on-disk cache only costs its writing.
    turbopackFileSystemCacheForBuild: false,
    // A route's code is loaded when it is first requested, not every route's at start: an instance
    // holds only what it serves (31 MB less after one request to each main page). That first request
    // pays for the loading.
    preloadEntriesOnStart: false,
  },
  // Next's page cache, which also stores the content security policy of each page served from cache,
  // with the hashes of its inline scripts (see the file).
  cacheHandler: path.resolve("cache-handler.mjs"),
  // A public page served from cache: the copy in the language the proxy chose (lib/cached-pages.mjs).
  async rewrites() {
    const pages = cachedPages.map((page) => page.slice(1)).join("|");
    return {
      beforeFiles: [
        {
          source: `/:page(${pages})`,
          has: [{ type: "header", key: pageLocaleHeader, value: "(?<locale>fr|en)" }],
          destination: "/:locale/:page",
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: [...securityHeaders] },
      // The API runs without the proxy (its matcher, proxy.ts): its one policy is sent from here.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
    ];
  },
};

/**
 * next-intl's plugin only shapes the build (its aliases and message compilation): a production server
 * (`next start`) runs without it. Loading it there would load its file watcher and its own SWC, native
 * modules a server never uses, in every instance's memory.
 *
 * @param {string} phase
 * @returns {Promise<import("next").NextConfig>}
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  const withNextIntl = createNextIntlPlugin({
    requestConfig: "./i18n/request.ts",
    // Messages are compiled at build time: no ICU parser in the browser, faster formatting.
    experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
  });
  return withNextIntl(nextConfig);
}
