"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userActionClient } from "../safe-action";
import { addComment } from "./add-comment";
import { linkableRequests, searchTicketCustomers } from "./queries";
import { commentCreateSchema, slaPoliciesSchema, ticketCreateSchema, ticketUpdateSchema } from "./schemas";
import { updateSlaPolicies } from "./update-sla-policies";
import { createTicket } from "./create-ticket";
import { updateTicket } from "./update-ticket";

/** Thin adapters over the ticket services, which check permissions. */
const id = z.string().trim().min(1).max(40);

function refresh() {
  revalidatePath("/crm/tickets", "layout");
  revalidatePath("/hosting/tickets", "layout");
}

export const createTicketAction = userActionClient.inputSchema(ticketCreateSchema).action(async ({ parsedInput, ctx }) => {
  const ticket = await createTicket(ctx.user, parsedInput);
  refresh();
  return { id: ticket.id, number: ticket.number };
});

export const updateTicketAction = userActionClient
  .inputSchema(z.object({ id, changes: ticketUpdateSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const ticket = await updateTicket(ctx.user, parsedInput.id, parsedInput.changes);
    refresh();
    return { id: ticket.id, status: ticket.status, priority: ticket.priority, assigneeId: ticket.assigneeId };
  });

export const addCommentAction = userActionClient
  .inputSchema(z.object({ ticketId: id, comment: commentCreateSchema }))
  .action(async ({ parsedInput, ctx }) => {
    const created = await addComment(ctx.user, parsedInput.ticketId, parsedInput.comment);
    refresh();
    return { id: created.id, status: created.ticket.status };
  });

export const searchTicketCustomersAction = userActionClient
  .inputSchema(z.object({ q: z.string().max(100) }))
  .action(async ({ parsedInput, ctx }) => searchTicketCustomers(ctx.user, parsedInput.q));

export const linkableRequestsAction = userActionClient
  .inputSchema(z.object({ customerId: id }))
  .action(async ({ parsedInput, ctx }) => linkableRequests(ctx.user, parsedInput.customerId));

export const updateSlaPoliciesAction = userActionClient.inputSchema(slaPoliciesSchema).action(async ({ parsedInput, ctx }) => {
  const policies = await updateSlaPolicies(ctx.user, parsedInput);
  revalidatePath("/admin/sla");
  return policies;
});
