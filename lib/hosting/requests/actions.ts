"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userActionClient } from "../../safe-action";
import { changeRequestStatus } from "./change-request-status";
import { hostingRequestSchema, requestStatusChangeSchema } from "./schemas";
import { submitHostingRequest } from "./submit-request";

export const submitHostingRequestAction = userActionClient.inputSchema(hostingRequestSchema).action(async ({ parsedInput, ctx }) => {
  const result = await submitHostingRequest(ctx.user, parsedInput);
  revalidatePath("/hosting");
  return result;
});

export const changeRequestStatusAction = userActionClient
  .inputSchema(requestStatusChangeSchema.extend({ id: z.string().min(1) }))
  .action(async ({ parsedInput: { id, ...change }, ctx }) => {
    const result = await changeRequestStatus(ctx.user, id, change);
    revalidatePath(`/hosting/requests/${id}`);
    revalidatePath("/hosting");
    return result;
  });
