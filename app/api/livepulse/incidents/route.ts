import { route } from "@/lib/http";
import { declareIncident } from "@/lib/status-page/declare-incident";
import { listIncidents } from "@/lib/status-page/queries";
import { incidentListResponse, incidentResponse } from "@/lib/status-page/responses";
import { declareIncidentSchema, incidentListQuery } from "@/lib/status-page/schemas";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/livepulse/incidents",
    summary:
      "Incidents of the status page: every one (`status=all`, the default; open ones first) or the open ones (`status=open`), newest first, `pageSize` (default 20, at most 100) per `page`",
    tags: ["status"],
    access: "livepulse:read",
    query: incidentListQuery,
    response: incidentListResponse,
    errors: [],
  },
  async ({ user, query }) => listIncidents(user, query),
);

export const POST = route(
  {
    method: "POST",
    path: "/api/livepulse/incidents",
    summary:
      "Declare an incident on the status page (support, admin): title, impact, state, published services, first message, and the alert it comes from",
    tags: ["status"],
    access: "incidents:manage",
    body: declareIncidentSchema,
    response: incidentResponse,
    status: 201,
    errors: [],
  },
  async ({ user, body }) => Response.json(await declareIncident(user, body), { status: 201 }),
);
