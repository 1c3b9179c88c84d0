import { route } from "@/lib/http";
import { presentTicket, getTicket } from "@/lib/tickets/queries";
import { ticketDetailSchema, ticketIdParams, ticketSchema, ticketUpdateSchema } from "@/lib/tickets/schemas";
import { updateTicket } from "@/lib/tickets/update-ticket";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/crm/tickets/{id}",
    summary: "One ticket with its conversation; a customer gets public replies only",
    tags: ["tickets"],
    access: "tickets:read",
    params: ticketIdParams,
    response: ticketDetailSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params }) => presentTicket(await getTicket(user, params.id)),
);

export const PUT = route(
  {
    method: "PUT",
    path: "/api/crm/tickets/{id}",
    summary: "Change a ticket's status, priority or assignee (staff)",
    tags: ["tickets"],
    access: "tickets:manage",
    params: ticketIdParams,
    body: ticketUpdateSchema,
    response: ticketSchema,
    errors: ["NOT_FOUND"],
  },
  async ({ user, params, body }) => presentTicket(await updateTicket(user, params.id, body)),
);
