import { route } from "@/lib/http";
import { leadCreateSchema, leadListQuery, leadListResponse, leadSchema } from "@/lib/crm/leads/schemas";
import { createLead } from "@/lib/crm/leads/create-lead";
import { listLeads } from "@/lib/crm/leads/queries";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/crm/leads",
    summary: "Leads: filters (q, stage, source, assignee, mine, createdFrom, createdTo), sort and pagination",
    tags: ["crm"],
    access: "crm:read",
    query: leadListQuery,
    response: leadListResponse,
    errors: [],
  },
  async ({ user, query }) => listLeads(user, query),
);

export const POST = route(
  {
    method: "POST",
    path: "/api/crm/leads",
    summary: "Create a lead",
    tags: ["crm"],
    access: "crm:write",
    body: leadCreateSchema,
    status: 201,
    response: leadSchema,
    errors: [],
  },
  async ({ user, body }) => Response.json(await createLead(user, body), { status: 201 }),
);
