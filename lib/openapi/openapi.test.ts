import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { RouteHandler } from "@/lib/http";
import { routeFiles } from "@/scripts/docs-api";
import { apiDocument } from "./api-document";
import { buildOpenApiDocument, errorCodesOf, operationId } from "./document";
import { apiMarkdown } from "./markdown";
import { routeModules } from "./routes";

describe("the OpenAPI document", () => {
  const document = apiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
  );

  it("validates against the OpenAPI 3.1 schema", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every route but the test hooks, each under a unique operationId", () => {
    expect(operations.length).toBeGreaterThan(80);
    expect(operations.some(({ path }) => path.startsWith("/api/test/"))).toBe(false);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operationId("GET", "/api/hosting/requests/{id}")).toBe("getHostingRequestsById");
  });

  it("asks the session or a token with the route's permission, and nothing of a public route", () => {
    const byId = (id: string) => operations.find(({ operation }) => operation.operationId === id)!.operation;
    expect(byId("getHostingPlans").security).toBeUndefined();
    expect(byId("getCrmLeads").security).toEqual([{ session: [] }, { apiToken: ["crm:read"] }]);
    expect(byId("getMetrics").security).toEqual([{ metricsToken: [] }, { session: [] }, { apiToken: ["livepulse:read"] }]);
    expect(byId("getCrmLeads").description).toContain("Sellers, support, admins");
  });

  it("answers every error in the one shape, 429 with Retry-After", () => {
    const tokenCreate = operations.find(({ path, method }) => path === "/api/me/tokens" && method === "post")!.operation;
    expect(Object.keys(tokenCreate.responses)).toEqual(expect.arrayContaining(["201", "401", "403", "413", "422", "429"]));
    expect(document.components.responses.RateLimited.headers).toHaveProperty("Retry-After");
    for (const response of Object.values(document.components.responses)) {
      expect(response.content?.["application/json"].schema).toEqual({ $ref: "#/components/schemas/Error" });
    }
  });

  it("derives errors from the policies and adds the service's own", () => {
    const codes = errorCodesOf({
      method: "PUT",
      path: "/api/things/{id}",
      summary: "",
      access: "crm:write",
      params: undefined,
      body: undefined,
      errors: ["CONFLICT"],
    });
    expect(codes).toEqual(["UNAUTHORIZED", "FORBIDDEN", "CONFLICT", "RATE_LIMITED"]);
    expect(errorCodesOf({ method: "GET", path: "/api/x", summary: "", access: "public" })).toEqual([]);
  });
});

describe("the route registry", () => {
  it("imports every route file under app/api (regenerate it with npm run docs:api)", () => {
    expect(Object.keys(routeModules).sort()).toEqual(routeFiles());
  });
});

describe("schemas named with .meta({ id })", () => {
  const lead = z.object({ id: z.string(), createdAt: z.date(), stage: z.enum(["NEW", "WON"]).default("NEW") }).meta({ id: "Lead" });
  const handler = (spec: Partial<RouteHandler["spec"]>) =>
    Object.assign(async () => new Response(), {
      spec: { summary: "", access: "public" as const, tags: ["crm"], ...spec } as RouteHandler["spec"],
    });
  const document = buildOpenApiDocument([
    handler({ method: "GET", path: "/api/crm/leads", response: z.object({ items: z.array(lead), total: z.number() }) }),
    handler({ method: "POST", path: "/api/crm/leads", body: lead, response: lead }),
  ]);

  it("become components the operations point at, the input side apart when it differs", async () => {
    expect(Object.keys(document.components.schemas)).toEqual(["Error", "Lead", "LeadInput"]);
    expect(document.components.schemas.Lead.properties).toMatchObject({ createdAt: { type: "string", format: "date-time" } });
    expect(document.components.schemas.Lead.required).toContain("stage");
    expect(document.components.schemas.LeadInput.required).not.toContain("stage");
    const list = document.paths["/api/crm/leads"].get!.responses["200"];
    expect(JSON.stringify(list)).toContain('"$ref":"#/components/schemas/Lead"');
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
  });

  it("are read through in the guide: fields and examples", () => {
    const guide = apiMarkdown(document);
    expect(guide).toContain("| `createdAt` | `string (date-time)` |");
    expect(guide).toContain('"stage": "NEW"');
  });
});
