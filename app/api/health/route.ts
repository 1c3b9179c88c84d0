import { checkHealth } from "@/lib/health";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = route(
  { method: "GET", path: "/api/health", summary: "Process and database health", tags: ["operations"], access: "public" },
  async () => {
    const health = await checkHealth();
    return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  },
);
