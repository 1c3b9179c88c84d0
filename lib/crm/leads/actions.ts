"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userActionClient } from "../../safe-action";
import { addActivity } from "./add-activity";
import { setTaskDone } from "./set-task-done";
import { markLeadLost } from "./mark-lead-lost";
import { markLeadWon } from "./mark-lead-won";
import { moveLead } from "./move-lead";
import {
  activityCreateSchema,
  bulkAssignSchema,
  leadCreateSchema,
  leadLostSchema,
  leadMoveSchema,
  leadUpdateSchema,
  leadWonSchema,
} from "./schemas";
import { bulkAssignLeads } from "./bulk-assign-leads";
import { createLead } from "./create-lead";
import { deleteLead } from "./delete-lead";
import { findSimilarLeads } from "./queries";
import { updateLead } from "./update-lead";

/** Thin adapters over the lead services, which check permissions. */
const id = z.object({ id: z.string().min(1).max(40) });

function refresh(leadId?: string) {
  revalidatePath("/crm", "layout");
  if (leadId) revalidatePath(`/crm/leads/${leadId}`);
}

export const createLeadAction = userActionClient.inputSchema(leadCreateSchema).action(async ({ parsedInput, ctx }) => {
  const lead = await createLead(ctx.user, parsedInput);
  refresh();
  return { id: lead.id, name: lead.name };
});

export const similarLeadsAction = userActionClient
  .inputSchema(z.object({ email: z.string().max(254).optional(), company: z.string().max(120).optional() }))
  .action(async ({ parsedInput, ctx }) => findSimilarLeads(ctx.user, parsedInput));

export const updateLeadAction = userActionClient
  .inputSchema(z.object({ id: z.string().min(1).max(40), changes: leadUpdateSchema }))
  .action(async ({ parsedInput: { id: leadId, changes }, ctx }) => {
    const lead = await updateLead(ctx.user, leadId, changes);
    refresh(leadId);
    return { id: lead.id, stage: lead.stage };
  });

export const deleteLeadAction = userActionClient.inputSchema(id).action(async ({ parsedInput, ctx }) => {
  await deleteLead(ctx.user, parsedInput.id);
  refresh();
  return { id: parsedInput.id };
});

export const bulkAssignLeadsAction = userActionClient.inputSchema(bulkAssignSchema).action(async ({ parsedInput, ctx }) => {
  const result = await bulkAssignLeads(ctx.user, parsedInput);
  refresh();
  return result;
});

export const moveLeadAction = userActionClient
  .inputSchema(leadMoveSchema.extend(id.shape))
  .action(async ({ parsedInput: { id: leadId, ...move }, ctx }) => {
    const lead = await moveLead(ctx.user, leadId, move);
    refresh(leadId);
    return lead;
  });

export const markLeadWonAction = userActionClient
  .inputSchema(leadWonSchema.extend(id.shape))
  .action(async ({ parsedInput: { id: leadId, ...input }, ctx }) => {
    const result = await markLeadWon(ctx.user, leadId, input);
    refresh(leadId);
    return {
      id: leadId,
      customerId: result.customerId,
      accountCreated: result.accountCreated,
      temporaryPassword: result.temporaryPassword,
    };
  });

export const markLeadLostAction = userActionClient
  .inputSchema(leadLostSchema.extend(id.shape))
  .action(async ({ parsedInput: { id: leadId, ...input }, ctx }) => {
    await markLeadLost(ctx.user, leadId, input);
    refresh(leadId);
    return { id: leadId };
  });

export const addActivityAction = userActionClient
  .inputSchema(z.object({ leadId: z.string().min(1).max(40), activity: activityCreateSchema }))
  .action(async ({ parsedInput: { leadId, activity }, ctx }) => {
    const created = await addActivity(ctx.user, leadId, activity);
    refresh(leadId);
    return { id: created.id };
  });

export const setTaskDoneAction = userActionClient
  .inputSchema(z.object({ id: z.string().min(1).max(40), leadId: z.string().min(1).max(40), done: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    await setTaskDone(ctx.user, parsedInput.id, parsedInput.done);
    refresh(parsedInput.leadId);
    return { id: parsedInput.id, done: parsedInput.done };
  });
