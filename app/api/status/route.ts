import { route } from "@/lib/http";
import { statusResponse } from "@/lib/status-page/responses";
import { splitIncidents, statusSnapshot } from "@/lib/status-page/snapshot";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/status",
    summary:
      "The public status page as JSON: the published services with their state and 90 UTC days of uptime, the open incidents with their updates (newest first), and those of the days shown",
    tags: ["status"],
    access: "public",
    response: statusResponse,
    errors: [],
  },
  async () => {
    const snapshot = await statusSnapshot();
    const body = { ...snapshot, activeIncidents: splitIncidents(snapshot).active };
    return Response.json(body, { headers: { "cache-control": "public, max-age=30" } });
  },
);
