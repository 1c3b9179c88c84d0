import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  // Messages are compiled at build time: no ICU parser in the browser, faster formatting.
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

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
  async headers() {
    return [{ source: "/:path*", headers: [...securityHeaders] }];
  },
};

export default withNextIntl(nextConfig);
