import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http";
import { hasMetricsToken } from "@/lib/livepulse/metrics/access";
import { prometheusText } from "@/lib/livepulse/metrics/exposition";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/metrics",
    summary:
      "Prometheus text exposition: this instance's request counters and latency histogram, fleet-wide gauges (requests per minute, p95, error rate, active users, business rates). `Authorization: Bearer <METRICS_TOKEN>` or a staff session with livepulse:read",
    tags: ["operations"],
    access: "public",
  },
  async ({ request, user }) => {
    if (!hasMetricsToken(request.headers.get("authorization"))) {
      if (!user) throw new AppError("UNAUTHORIZED", "Sign in or send the metrics token.");
      if (!can(user.role, "livepulse:read")) throw new AppError("FORBIDDEN", "You are not allowed to do this.");
    }
    const { body, contentType } = await prometheusText();
    return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
  },
);
