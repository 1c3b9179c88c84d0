import { z } from "zod";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/openapi.json",
    summary: "This API's OpenAPI 3.1 document, built from the routes' own specs: every route, its parameters, body, answers and policies",
    tags: ["operations"],
    access: "public",
    errors: [],
    response: z.looseObject({
      openapi: z.string().meta({ example: "3.1.1" }),
      info: z
        .looseObject({ title: z.string(), version: z.string() })
        .meta({ example: { title: "Hosting platform API", version: "1.0.0" } }),
      paths: z.record(z.string(), z.unknown()).meta({ example: { "/api/hosting/plans": { get: { operationId: "getHostingPlans" } } } }),
    }),
  },
  async () => {
    // Read when first asked: the document imports every route module, this one included.
    const { apiDocument } = await import("@/lib/openapi/api-document");
    return Response.json(apiDocument(), { headers: { "cache-control": "public, max-age=300" } });
  },
);
