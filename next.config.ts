import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import { cachedPages, pageLocaleHeader } from "./lib/cached-pages";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // PGlite ships a 24 MB WASM build: load it from node_modules at run time. pusher (node-fetch) runs as shipped.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pino", "pusher"],
  poweredByHeader: false,
  typedRoutes: false,
  // Type errors are caught by `npm run typecheck`, which CI runs before anything is built; the
  // build does not check them a second time.
  typescript: { ignoreBuildErrors: true },
  // Every production build starts clean (CI, a release); the on-disk cache only costs its writing.
  experimental: { turbopackFileSystemCacheForBuild: false },
  // Next's page cache, which also stores the content security policy of each page served from cache,
  // with the hashes of its inline scripts (see the file).
  cacheHandler: path.resolve("cache-handler.mjs"),
  // A public page served from cache: the copy in the language the proxy chose (lib/cached-pages.ts).
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
    return [{ source: "/:path*", headers: [...securityHeaders] }];
  },
};

/**
 * next-intl's plugin only shapes the build (its aliases and message compilation): a production server
 * (`next start`) runs without it. Loading it there would load its file watcher and its own SWC, native
 * modules a server never uses, in every instance's memory.
 */
export default async function config(phase: string): Promise<NextConfig> {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  const withNextIntl = createNextIntlPlugin({
    requestConfig: "./i18n/request.ts",
    // Messages are compiled at build time: no ICU parser in the browser, faster formatting.
    experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
  });
  return withNextIntl(nextConfig);
}
