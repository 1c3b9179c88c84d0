"use server";

import { revalidatePath } from "next/cache";
import { rateLimit, userActionClient } from "../safe-action";
import { createApiToken } from "./create-token";
import { revokeAnyToken, revokeOwnToken } from "./revoke-token";
import { createTokenSchema, tokenIdParams } from "./schemas";

/** Thin adapters over the token services, for /account/tokens and /admin/tokens. */

export const createTokenAction = userActionClient
  .use(rateLimit({ name: "api-token-create", limit: 20, windowSeconds: 60 * 60, key: "user" }))
  .inputSchema(createTokenSchema)
  .action(async ({ parsedInput, ctx }) => {
    const created = await createApiToken(ctx.user, parsedInput);
    revalidatePath("/account/tokens");
    return { id: created.id, name: created.name, token: created.token };
  });

export const revokeOwnTokenAction = userActionClient.inputSchema(tokenIdParams).action(async ({ parsedInput, ctx }) => {
  await revokeOwnToken(ctx.user, parsedInput.id);
  revalidatePath("/account/tokens");
  return { id: parsedInput.id };
});

export const revokeTokenAction = userActionClient.inputSchema(tokenIdParams).action(async ({ parsedInput, ctx }) => {
  await revokeAnyToken(ctx.user, parsedInput.id);
  revalidatePath("/admin/tokens");
  return { id: parsedInput.id };
});
