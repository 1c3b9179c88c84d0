import { route } from "@/lib/http";
import { presentTicket, listTickets } from "@/lib/tickets/queries";
import { ticketCreateSchema, ticketListQuery, ticketListResponse, ticketSchema } from "@/lib/tickets/schemas";
import { createTicket } from "@/lib/tickets/create-ticket";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/crm/tickets",
    summary: "Tickets: filters (q, status, priority, assignee, customer, sla), sort and pagination; a customer gets their own",
    tags: ["tickets"],
    access: "tickets:read",
    query: ticketListQuery,
    response: ticketListResponse,
    errors: [],
  },
  async ({ user, query }) => {
    const page = await listTickets(user, query);
    const now = new Date();
    return { ...page, items: page.items.map((ticket) => presentTicket(ticket, now)) };
  },
);

export const POST = route(
  {
    method: "POST",
    path: "/api/crm/tickets",
    summary: "Open a ticket: a customer for themselves, staff on behalf of a customer (customerId)",
    tags: ["tickets"],
    access: "tickets:create",
    body: ticketCreateSchema,
    status: 201,
    response: ticketSchema,
    errors: [],
  },
  async ({ user, body }) => Response.json(presentTicket(await createTicket(user, body)), { status: 201 }),
);
