import { route } from "@/lib/http";
import { prometheusText } from "@/lib/livepulse/metrics/exposition";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/metrics",
    summary:
      "Prometheus text exposition: this instance's request counters and latency histogram, fleet-wide gauges (requests per minute, p95, error rate, active users, business rates). `Authorization: Bearer <METRICS_TOKEN>` or a staff session with livepulse:read",
    tags: ["operations"],
    access: { token: "metrics", orPermission: "livepulse:read" },
    produces: "text/plain; version=0.0.4",
    errors: [],
  },
  async () => {
    const { body, contentType } = await prometheusText();
    return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
  },
);
