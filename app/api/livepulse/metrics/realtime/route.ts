import { route } from "@/lib/http";
import { metricsSnapshotSchema } from "@/lib/livepulse/metrics/schemas";
import { metricsSnapshot } from "@/lib/livepulse/metrics/snapshot";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/metrics/realtime",
    summary:
      "Measured figures of all instances: current values (requests over 5 minutes, business rates over the hour), per kind, the last hour per minute and the last day per hour",
    tags: ["livepulse"],
    access: "livepulse:read",
    response: metricsSnapshotSchema,
    errors: [],
  },
  async ({ user }) => Response.json(await metricsSnapshot(user), { headers: { "Cache-Control": "no-store" } }),
);
