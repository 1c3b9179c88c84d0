import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { can, homeOf, refusedTarget, routeAccess, type Permission } from "./permissions";
import { roles } from "./roles";

const appDir = path.resolve(import.meta.dirname, "../../app");

type GuardedPage = { route: string; permission: Permission; otherwise?: string };

/** Every page with the permission its guard asks (`requirePage` in the page, or `pageRecord` in its record). */
function guardedPages(dir = appDir, route = ""): GuardedPage[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      if (entry.name === "api") return [];
      const segment = entry.name.startsWith("(") || entry.name === "[locale]" ? "" : `/${entry.name.replace(/^\[.*\]$/, "some-id")}`;
      return guardedPages(path.join(dir, entry.name), route + segment);
    }
    if (entry.name !== "page.tsx") return [];
    const sources = [path.join(dir, "page.tsx"), path.join(dir, "record.ts"), path.join(dir, "..", "record.ts")]
      .filter(existsSync)
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const guard = sources.match(/(?:requirePage|pageRecord)\("([a-z:]+)"(?:, \{ otherwise: "([^"]+)" \})?/);
    return guard ? [{ route: route || "/", permission: guard[1] as Permission, otherwise: guard[2] }] : [];
  });
}

describe("page guards and the proxy", () => {
  const pages = guardedPages();

  it("finds the guarded pages", () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  // A page whose guard is stricter than the proxy's rule streams its loading state first and then
  // sends the role home from the browser, racing whatever the user does next.
  it.each(pages)("$route ($permission): the proxy turns away exactly the roles its guard refuses", ({ route, permission, otherwise }) => {
    for (const role of roles) {
      expect({ role, allowed: routeAccess(route, role) === "allowed" }).toEqual({ role, allowed: can(role, permission) });
      if (!can(role, permission)) expect(refusedTarget(route, role)).toBe(otherwise ?? homeOf[role]);
    }
  });
});
