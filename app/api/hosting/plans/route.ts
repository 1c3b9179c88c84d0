import { route } from "@/lib/http";
import { planInputSchema, planListResponse, planSchema } from "@/lib/hosting/plans/schemas";
import { createPlan } from "@/lib/hosting/plans/create-plan";
import { listActivePlans } from "@/lib/hosting/plans/queries";

export const GET = route(
  {
    method: "GET",
    path: "/api/hosting/plans",
    summary: "The plans on sale, in display order",
    tags: ["plans"],
    access: "public",
    response: planListResponse,
    errors: [],
  },
  async () => ({ plans: await listActivePlans() }),
);

export const POST = route(
  {
    method: "POST",
    path: "/api/hosting/plans",
    summary: "Create a plan (admin)",
    tags: ["plans"],
    access: "plans:write",
    body: planInputSchema,
    status: 201,
    response: planSchema,
    errors: ["CONFLICT"],
  },
  async ({ user, body }) => createPlan(user, body),
);
