import { readFileSync } from "node:fs";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** A file whose first statement is "use server" holds server actions, whatever its name. */
function startsWithUseServer(filePath) {
  try {
    return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(readFileSync(filePath, "utf8"));
  } catch {
    return false;
  }
}

const throughServices = "Pages, components and server actions go through the services of lib/<module>, never lib/db or Prisma directly.";

/**
 * The database stays behind the services: no runtime import of lib/db or the
 * Prisma client (by alias or relative path) in those files. Types are erased at
 * build time, and the generated enums and browser entry carry no client.
 */
const databaseStaysInServices = {
  files: ["app/**", "components/**", "lib/**/actions.ts", "lib/**/*-actions.ts", startsWithUseServer],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { regex: String.raw`^(?:@/lib/|(?:\.\.?/)+(?:lib/)?)db$`, message: throughServices, allowTypeImports: true },
          {
            regex: String.raw`^(?:@/lib/|(?:\.\.?/)+(?:lib/)?)generated/prisma/(?!enums$|browser$)`,
            message: throughServices,
            allowTypeImports: true,
          },
          { regex: String.raw`^@prisma/client(?:/|$)`, message: throughServices, allowTypeImports: true },
        ],
      },
    ],
  },
};

/** Every spec runs on e2e/fixtures.ts, which fails a test on anything the content security policy refused. */
const specsWatchThePolicy = {
  files: ["e2e/**/*.spec.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [
          {
            name: "@playwright/test",
            message: "Import test, expect and Playwright's types from ./fixtures: its test fails on any content security policy violation.",
          },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  databaseStaysInServices,
  specsWatchThePolicy,
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      ".data/**",
      "tools/soketi/**",
      "test-results*/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
