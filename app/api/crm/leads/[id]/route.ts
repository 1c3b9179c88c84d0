import { z } from "zod";
import { route } from "@/lib/http";
import { leadDeletedSchema, leadDetailSchema, leadSchema, leadUpdateSchema } from "@/lib/crm/leads/schemas";
import { deleteLead } from "@/lib/crm/leads/delete-lead";
import { getLead } from "@/lib/crm/leads/queries";
import { updateLead } from "@/lib/crm/leads/update-lead";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().min(1).max(40) });

export const GET = route(
  {
    method: "GET",
    path: "/api/crm/leads/{id}",
    summary: "One lead with its owner, customer, hosting requests and tickets",
    tags: ["crm"],
    access: "crm:read",
    params,
    response: leadDetailSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => getLead(user, params.id),
);

export const PUT = route(
  {
    method: "PUT",
    path: "/api/crm/leads/{id}",
    summary: "Edit a lead; stage and assignee changes are recorded in its timeline",
    tags: ["crm"],
    access: "crm:write",
    params,
    body: leadUpdateSchema,
    response: leadSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params, body }) => updateLead(user, params.id, body),
);

export const DELETE = route(
  {
    method: "DELETE",
    path: "/api/crm/leads/{id}",
    summary: "Delete a lead and its activities (admin only)",
    tags: ["crm"],
    access: "leads:delete",
    params,
    response: leadDeletedSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => deleteLead(user, params.id),
);
