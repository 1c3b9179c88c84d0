import { route } from "@/lib/http";
import { slaPoliciesSchema, slaPolicyListResponse } from "@/lib/tickets/schemas";
import { listSlaPolicies } from "@/lib/tickets/queries";
import { updateSlaPolicies } from "@/lib/tickets/update-sla-policies";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/crm/sla-policies",
    summary: "The SLA table: first-response and resolution minutes per priority",
    tags: ["tickets"],
    access: "tickets:manage",
    response: slaPolicyListResponse,
    errors: [],
  },
  async ({ user }) => listSlaPolicies(user),
);

export const PUT = route(
  {
    method: "PUT",
    path: "/api/crm/sla-policies",
    summary: "Replace the SLA table (admin); applies to new tickets and to priority changes",
    tags: ["tickets"],
    access: "sla:write",
    body: slaPoliciesSchema,
    response: slaPolicyListResponse,
    errors: [],
  },
  async ({ user, body }) => updateSlaPolicies(user, body),
);
