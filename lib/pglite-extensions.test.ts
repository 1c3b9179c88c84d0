import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pgliteExtensions as schemaEngineExtensions } from "../tools/prisma-wasm-engine/pglite-extensions.mjs";
import { pgliteExtensions } from "./pglite-extensions";

const migrationsDir = path.join(import.meta.dirname, "..", "prisma", "migrations");

function extensionsCreatedByMigrations(): string[] {
  const names = new Set<string>();
  for (const entry of readdirSync(migrationsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const sql = readFileSync(path.join(migrationsDir, entry.name, "migration.sql"), "utf8");
    for (const match of sql.matchAll(/CREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?"?(\w+)"?/gi)) names.add(match[1]);
  }
  return [...names].sort();
}

describe("PGlite extensions", () => {
  it("are the same for the app and for the schema engine", () => {
    expect(schemaEngineExtensions).toStrictEqual(pgliteExtensions);
  });

  it("include every extension a migration creates", () => {
    const created = extensionsCreatedByMigrations();
    expect(Object.keys(pgliteExtensions)).toEqual(expect.arrayContaining(created));
  });
});
