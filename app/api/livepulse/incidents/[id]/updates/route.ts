import { route } from "@/lib/http";
import { postIncidentUpdate } from "@/lib/status-page/post-incident-update";
import { incidentUpdateResponse } from "@/lib/status-page/responses";
import { incidentIdParams, incidentUpdateSchema } from "@/lib/status-page/schemas";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/livepulse/incidents/{id}/updates",
    summary: "Post an update to an incident (support, admin): the state it moves to and the message customers read; RESOLVED ends it",
    tags: ["status"],
    access: "incidents:manage",
    params: incidentIdParams,
    body: incidentUpdateSchema,
    response: incidentUpdateResponse,
    status: 201,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params, body }) => Response.json(await postIncidentUpdate(user, params.id, body), { status: 201 }),
);
