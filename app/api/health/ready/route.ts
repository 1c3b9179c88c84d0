import { checkReadiness, readinessSchema } from "@/lib/health";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/health/ready",
    summary: "Readiness: database reachable, migrations applied, not stopping (503 with the same body and Retry-After when not)",
    tags: ["operations"],
    access: "public",
    response: readinessSchema,
    errors: [],
  },
  async () => {
    const readiness = await checkReadiness();
    return Response.json(readiness, {
      status: readiness.status === "ready" ? 200 : 503,
      headers: { "Cache-Control": "no-store", ...(readiness.status === "ready" ? {} : { "Retry-After": "5" }) },
    });
  },
);
