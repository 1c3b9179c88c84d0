import { describe, expect, it, vi } from "vitest";

// Route modules need Next's runtime for Auth.js, headers and the cache: the sweep's stand-ins serve here too.
vi.mock("@/lib/auth/index", () => import("./property/request-context"));
vi.mock("next/headers", () => import("./property/request-context"));
vi.mock("next/cache", () => import("./property/request-context"));

import { z } from "zod";
import { declaresResponse, derivedErrors } from "@/lib/api-contract";
import { routeModules, routesOf } from "./property/registry";

const routes = routesOf(await routeModules());
const name = (r: (typeof routes)[number]) => `${r.method} ${r.spec.path} (${r.file})`;

describe("every API route declares its answers", () => {
  it("says what a success answers: a JSON schema, a media type, or nothing (204)", () => {
    const undeclared = routes.filter((r) => !declaresResponse(r.spec)).map(name);
    expect(undeclared, "routes without `response`, `produces` or `status: 204`").toEqual([]);
  });

  it("lists the errors its service gives (an empty list when it gives none)", () => {
    const undeclared = routes.filter((r) => !r.spec.errors).map(name);
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
});
