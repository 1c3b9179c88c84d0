"use server";

import { revalidatePath } from "next/cache";
import { userActionClient } from "../safe-action";
import { hostingRequestSchema } from "./request-schemas";
import { submitHostingRequest } from "./submit-request";

export const submitHostingRequestAction = userActionClient.inputSchema(hostingRequestSchema).action(async ({ parsedInput, ctx }) => {
  const result = await submitHostingRequest(ctx.user, parsedInput);
  revalidatePath("/hosting");
  return result;
});
