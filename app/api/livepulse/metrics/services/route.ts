import { route } from "@/lib/http";
import { listMonitors } from "@/lib/livepulse/monitors/queries";
import { monitorListResponse } from "@/lib/livepulse/monitors/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/metrics/services",
    summary: "Every monitor: status, latency, uptime over 24 h and 7 days, last error, latency history and recent results",
    tags: ["livepulse"],
    access: "livepulse:read",
    response: monitorListResponse,
    errors: [],
  },
  async ({ user }) => ({ services: await listMonitors(user) }),
);
