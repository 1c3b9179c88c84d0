import { describe, expect, it, vi } from "vitest";

// Route modules need Next's runtime for Auth.js, headers and the cache: the sweep's stand-ins serve here too.
vi.mock("@/lib/auth/index", () => import("./property/request-context"));
vi.mock("next/headers", () => import("./property/request-context"));
vi.mock("next/cache", () => import("./property/request-context"));

import { z } from "zod";
import { declaresResponse, derivedErrors } from "@/lib/api-contract";
import { routeModules, routesAwaitingDeclaredAnswers, routesOf } from "./property/registry";

const routes = routesOf(await routeModules());
const awaiting = (file: string) => routesAwaitingDeclaredAnswers.some((folder) => file.startsWith(folder));
const name = (r: (typeof routes)[number]) => `${r.method} ${r.spec.path} (${r.file})`;

describe("every API route declares its answers", () => {
  it("says what a success answers: a JSON schema, a media type, or nothing (204)", () => {
    const undeclared = routes.filter((r) => !awaiting(r.file) && !declaresResponse(r.spec)).map(name);
    expect(undeclared, "routes without `response`, `produces` or `status: 204`").toEqual([]);
  });

  it("lists the errors its service gives (an empty list when it gives none)", () => {
    const undeclared = routes.filter((r) => !awaiting(r.file) && !r.spec.errors).map(name);
    expect(undeclared, "routes without `errors`").toEqual([]);
  });

  it("lists no error its policies already imply", () => {
    const restated = routes
      .filter((r) => r.spec.errors?.some((code) => derivedErrors(r.spec).includes(code) || code === "INTERNAL" || code === "UNAVAILABLE"))
      .map(name);
    expect(restated).toEqual([]);
  });

  it("describes each success body in JSON Schema, as the OpenAPI document shows it", () => {
    const unconvertible = routes.flatMap((r) => {
      if (!r.spec.response) return [];
      try {
        z.toJSONSchema(r.spec.response, { io: "output" });
        return [];
      } catch (error) {
        return [`${name(r)}: ${(error as Error).message}`];
      }
    });
    expect(unconvertible).toEqual([]);
  });

  it("keeps its awaiting list to folders whose routes still lack declarations", () => {
    for (const folder of routesAwaitingDeclaredAnswers) {
      const inFolder = routes.filter((r) => r.file.startsWith(folder));
      expect(inFolder.length, `${folder} has no routes: remove it from routesAwaitingDeclaredAnswers`).toBeGreaterThan(0);
      const declared = inFolder.every((r) => declaresResponse(r.spec) && r.spec.errors);
      expect(declared, `${folder} declares its answers now: remove it from routesAwaitingDeclaredAnswers`).toBe(false);
    }
  });
});
