import { liveness, livenessSchema } from "@/lib/health";
import { route } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/health",
    summary: "Liveness: the process answers (the database is readiness's concern)",
    tags: ["operations"],
    access: "public",
    response: livenessSchema,
    errors: [],
  },
  async () => Response.json(liveness(), { headers: { "Cache-Control": "no-store" } }),
);
