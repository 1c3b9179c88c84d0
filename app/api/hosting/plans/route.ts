import { z } from "zod";
import { route } from "@/lib/http";
import { planInputSchema } from "@/lib/hosting/plans/schemas";
import { createPlan } from "@/lib/hosting/plans/create-plan";
import { listActivePlans } from "@/lib/hosting/plans/queries";

export const GET = route(
  {
    method: "GET",
    path: "/api/hosting/plans",
    summary: "The plans on sale, in display order",
    tags: ["plans"],
    access: "public",
    response: z.object({ plans: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() }).loose()) }),
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
  },
  async ({ user, body }) => createPlan(user, body),
);
