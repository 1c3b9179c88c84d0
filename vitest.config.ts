import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    "server-only": path.join(root, "tests/stubs/empty.ts"),
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "i18n/**/*.test.ts",
            "components/**/*.test.{ts,tsx}",
            "prisma/**/*.test.ts",
            "tools/**/*.test.ts",
            "scripts/**/*.test.ts",
            "proxy.test.ts",
            "cache-handler.test.ts",
          ],
          environment: "node",
          // Pure functions with no shared state: one module graph for all files (a fresh one per file
          // cost most of the run's time).
          isolate: false,
          // The OpenAPI test imports every route module, Auth.js's among them (see below).
          server: { deps: { inline: ["next-auth"] } },
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // On PostgreSQL the migrations run once, into a template each suite's database is copied from.
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          pool: "forks",
          // Each suite opens its own database; PGlite needs time for its first start, and a suite that
          // seeds the demo data before its tests takes more than a minute beside CI's other lanes, where
          // a test that takes a second alone can take thirty: limits against hangs, not timers.
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // `expect.poll` waits 1 s by default: a query can take longer than that beside CI's other lanes.
          expect: { poll: { timeout: 20_000 } },
          env: { NODE_ENV: "test" },
          // next-auth imports "next/server" without an extension, which Node's ESM loader refuses.
          server: { deps: { inline: ["next-auth"] } },
        },
      },
    ],
  },
});
