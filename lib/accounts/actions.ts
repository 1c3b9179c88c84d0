"use server";

import { actionClient, rateLimit, userActionClient } from "../safe-action";
import { requestPasswordReset } from "./request-password-reset";
import { forgotPasswordSchema, setPasswordSchema, verifyEmailSchema } from "./schemas";
import { setPasswordWithToken } from "./set-password";
import { resendVerificationEmail, verifyEmailWithToken } from "./verify-email";

export const setPasswordAction = actionClient
  // Guessing a link's secret is hopeless; the limit keeps the scrypt hashing of tries cheap for us.
  .use(rateLimit({ name: "set-password", limit: 20, windowSeconds: 900, key: "ip" }))
  .inputSchema(setPasswordSchema)
  .action(async ({ parsedInput }) => setPasswordWithToken(parsedInput));

export const forgotPasswordAction = actionClient
  // Per client address here; per email inside the service, where going past it answers the same as any other request.
  .use(rateLimit({ name: "forgot-password", limit: 10, windowSeconds: 900, key: "ip" }))
  .inputSchema(forgotPasswordSchema)
  .action(async ({ parsedInput }) => requestPasswordReset(parsedInput));

export const verifyEmailAction = actionClient
  .use(rateLimit({ name: "verify-email", limit: 20, windowSeconds: 900, key: "ip" }))
  .inputSchema(verifyEmailSchema)
  .action(async ({ parsedInput }) => {
    await verifyEmailWithToken(parsedInput);
    return { verified: true };
  });

export const resendVerificationAction = userActionClient
  // A few emails an hour: enough for a lost one, too few to flood an inbox.
  .use(rateLimit({ name: "resend-verification", limit: 3, windowSeconds: 3600, key: "user" }))
  .action(async ({ ctx }) => resendVerificationEmail(ctx.user));
