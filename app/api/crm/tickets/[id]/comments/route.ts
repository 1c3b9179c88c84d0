import { route } from "@/lib/http";
import { addComment } from "@/lib/tickets/add-comment";
import { commentCreateSchema, commentSchema, ticketIdParams } from "@/lib/tickets/schemas";

export const dynamic = "force-dynamic";

export const POST = route(
  {
    method: "POST",
    path: "/api/crm/tickets/{id}/comments",
    summary: "Reply publicly, or add an internal note (staff only: refused with 403 for a customer)",
    tags: ["tickets"],
    access: "tickets:comment",
    params: ticketIdParams,
    body: commentCreateSchema,
    status: 201,
    response: commentSchema,
    errors: ["NOT_FOUND", "CONFLICT"],
  },
  async ({ user, params, body }) => Response.json(await addComment(user, params.id, body), { status: 201 }),
);
