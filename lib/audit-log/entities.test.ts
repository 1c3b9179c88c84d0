import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionKey, auditActions, auditEntityTypes, entityHref } from "./entities";

const libRoot = path.resolve(import.meta.dirname, "..");

/** Every service file that writes audit rows, read as text. */
function auditWriters(): Array<{ file: string; text: string }> {
  const files = readdirSync(libRoot, { recursive: true, encoding: "utf8" }).filter(
    (file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.startsWith("generated"),
  );
  return files
    .map((file) => ({ file, text: readFileSync(path.join(libRoot, file), "utf8") }))
    .filter(({ text }) => text.includes("writeAudit(") || /\bENTITY = "/.test(text));
}

const literals = (line: string, pattern: RegExp) => [...line.matchAll(pattern)].map((match) => match[1]);

describe("the audit catalogue", () => {
  const writers = auditWriters();

  it("reads the services that write audit rows", () => {
    expect(writers.length).toBeGreaterThan(20);
  });

  it("knows every action the services write", () => {
    const written = writers.flatMap(({ text }) =>
      text
        .split("\n")
        .filter((line) => /\baction\b/.test(line))
        .flatMap((line) => literals(line, /"([a-z][A-Za-z]*\.[A-Za-z_]+)"/g)),
    );
    expect(written.length).toBeGreaterThan(30);
    expect(written.filter((action) => !auditActions.includes(action as never))).toEqual([]);
  });

  it("knows every entity type the services write", () => {
    const written = writers.flatMap(({ text }) =>
      text
        .split("\n")
        .filter((line) => /\bentity: "|\bENTITY = "/.test(line))
        .flatMap((line) => literals(line, /"([A-Z][A-Za-z]+)"/g)),
    );
    expect(new Set(written).size).toBeGreaterThan(8);
    expect(written.filter((entity) => !auditEntityTypes.includes(entity as never))).toEqual([]);
  });

  it("links the records that have a page, and only those", () => {
    expect(entityHref("CRMLead", "abc")).toBe("/crm/leads/abc");
    expect(entityHref("CRMTicket", "a/b")).toBe("/crm/tickets/a%2Fb");
    expect(entityHref("User", "abc")).toBe("/admin/users/abc");
    expect(entityHref("Unknown", "abc")).toBeNull();
  });

  it("turns actions into message keys", () => {
    expect(actionKey("plan.update")).toBe("plan_update");
  });
});
