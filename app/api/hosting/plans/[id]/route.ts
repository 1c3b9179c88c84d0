import { route } from "@/lib/http";
import { planIdSchema, planInputSchema, planSchema } from "@/lib/hosting/plans/schemas";
import { deletePlan } from "@/lib/hosting/plans/delete-plan";
import { getPlan } from "@/lib/hosting/plans/queries";
import { updatePlan } from "@/lib/hosting/plans/update-plan";

export const GET = route(
  {
    method: "GET",
    path: "/api/hosting/plans/{id}",
    summary: "One plan; an inactive one only for admins",
    tags: ["plans"],
    access: "public",
    params: planIdSchema,
    response: planSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => getPlan(user, params.id),
);

export const PUT = route(
  {
    method: "PUT",
    path: "/api/hosting/plans/{id}",
    summary: "Replace a plan's values (admin)",
    tags: ["plans"],
    access: "plans:write",
    params: planIdSchema,
    body: planInputSchema,
    response: planSchema,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params, body }) => updatePlan(user, params.id, body),
);

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/hosting/plans/{id}",
    summary: "Delete a plan no hosting request uses (admin); 409 otherwise",
    tags: ["plans"],
    access: "plans:write",
    params: planIdSchema,
    status: 204,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params }) => {
    await deletePlan(user, params.id);
  },
);
