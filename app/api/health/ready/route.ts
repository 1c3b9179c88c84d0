import { checkReadiness } from "@/lib/health";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/health/ready",
    summary: "Readiness: database reachable, migrations applied, not stopping",
    tags: ["operations"],
    access: "public",
  },
  async () => {
    const readiness = await checkReadiness();
    return Response.json(readiness, {
      status: readiness.status === "ready" ? 200 : 503,
      headers: { "Cache-Control": "no-store", ...(readiness.status === "ready" ? {} : { "Retry-After": "5" }) },
    });
  },
);
