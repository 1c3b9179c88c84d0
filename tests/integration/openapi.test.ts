import { describe, expect, it, vi } from "vitest";

// Auth.js and next/headers need Next's runtime: the session and the request headers are whatever the test
// says. The document imports every route module, Auth.js's own handlers among them (not built with route()).
vi.mock("@/lib/auth/index", async () => ({ ...(await import("./fake-session")), handlers: {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import * as openapi from "@/app/api/openapi.json/route";
import { routeHandlers } from "@/lib/openapi/api-document";
import type { OpenApiDocument } from "@/lib/openapi/document";
import { callRouteAs as call, createUser } from "./helpers";

describe("GET /api/openapi.json", () => {
  it("serves the document to anyone, the same for everyone, cacheable", async () => {
    const response = await call(openapi.GET, null, "/api/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const document = (await response.json()) as OpenApiDocument;
    expect(document.openapi).toBe("3.1.1");
    expect(document.paths["/api/openapi.json"]?.get?.operationId).toBe("getOpenapiJson");
    expect(document.paths["/api/hosting/plans"]?.get?.security).toBeUndefined();
    const again = await (await call(openapi.GET, null, "/api/openapi.json")).text();
    expect(again).toBe(JSON.stringify(document));
  });

  // The document says what the doors do: what a visitor or a customer gets from each list route is a status it lists.
  it("lists the status every parameterless GET route answers a visitor and a customer", async () => {
    const customer = await createUser("CUSTOMER");
    const document = (await (await call(openapi.GET, null, "/api/openapi.json")).json()) as OpenApiDocument;
    const routes = routeHandlers().filter(({ spec }) => spec.method === "GET" && !spec.path.includes("{") && document.paths[spec.path]);
    expect(routes.length).toBeGreaterThan(25);
    const undocumented: string[] = [];
    for (const handler of routes) {
      for (const caller of [null, customer]) {
        const response = await call(handler, caller, handler.spec.path);
        await response.body?.cancel();
        const documented = Object.keys(document.paths[handler.spec.path].get!.responses);
        if (!documented.includes(String(response.status)))
          undocumented.push(`${handler.spec.path} (${caller?.role ?? "visitor"}): ${response.status}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
