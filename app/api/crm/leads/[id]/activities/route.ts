import { z } from "zod";
import { route } from "@/lib/http";
import { addActivity } from "@/lib/crm/leads/add-activity";
import { listActivities } from "@/lib/crm/leads/queries";
import { activityCreateSchema, activityListQuery, activityListResponse, activitySchema } from "@/lib/crm/leads/schemas";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().min(1).max(40) });

export const GET = route(
  {
    method: "GET",
    path: "/api/crm/leads/{id}/activities",
    summary: "A lead's timeline, newest first, paginated",
    tags: ["crm"],
    access: "crm:read",
    params,
    query: activityListQuery,
    response: activityListResponse,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params, query }) => listActivities(user, params.id, query),
);

export const POST = route(
  {
    method: "POST",
    path: "/api/crm/leads/{id}/activities",
    summary: "Log a call, email, meeting, note or task (a task needs dueAt)",
    tags: ["crm"],
    access: "crm:write",
    params,
    body: activityCreateSchema,
    status: 201,
    response: activitySchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params, body }) => Response.json(await addActivity(user, params.id, body), { status: 201 }),
);
