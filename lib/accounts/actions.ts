"use server";

import { actionClient, rateLimit } from "../safe-action";
import { setPasswordSchema } from "./schemas";
import { setPasswordWithToken } from "./set-password";

export const setPasswordAction = actionClient
  // Guessing a link's secret is hopeless; the limit keeps the scrypt hashing of tries cheap for us.
  .use(rateLimit({ name: "set-password", limit: 20, windowSeconds: 900, key: "ip" }))
  .inputSchema(setPasswordSchema)
  .action(async ({ parsedInput }) => setPasswordWithToken(parsedInput));
