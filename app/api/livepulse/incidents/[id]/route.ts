import { route } from "@/lib/http";
import { getIncident } from "@/lib/status-page/queries";
import { incidentResponse } from "@/lib/status-page/responses";
import { incidentIdParams } from "@/lib/status-page/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/incidents/{id}",
    summary: "One incident with its services, the alert it comes from, and its timeline (newest first) with each update's author",
    tags: ["status"],
    access: "livepulse:read",
    params: incidentIdParams,
    response: incidentResponse,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => getIncident(user, params.id),
);
