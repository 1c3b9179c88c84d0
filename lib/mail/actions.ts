"use server";

import { userActionClient } from "../safe-action";
import { resendEmail } from "./resend-email";
import { emailIdSchema } from "./schemas";

export const resendEmailAction = userActionClient
  .inputSchema(emailIdSchema)
  .action(async ({ ctx, parsedInput }) => resendEmail(ctx.user, parsedInput.id));
