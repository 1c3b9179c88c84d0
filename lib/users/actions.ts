"use server";

import { revalidatePath } from "next/cache";
import { rateLimit, userActionClient } from "../safe-action";
import { changeUserAccess } from "./change-user-access";
import { inviteUser } from "./invite-user";
import { usersRateLimits } from "./rate-limits";
import { resendInvitation, revokeInvitation } from "./invitations";
import { inviteUserSchema, userAccessActionSchema, userIdParams } from "./schemas";
import { sendPasswordReset } from "./send-password-reset";

/** Thin adapters over the users services, which check permissions; each refreshes the admin's pages. */
function refresh(id?: string) {
  revalidatePath("/admin/users");
  if (id) revalidatePath(`/admin/users/${id}`);
}

export const inviteUserAction = userActionClient
  .use(rateLimit(usersRateLimits.invite))
  .inputSchema(inviteUserSchema)
  .action(async ({ ctx, parsedInput }) => {
    const invited = await inviteUser(ctx.user, parsedInput);
    refresh();
    return { id: invited.id, email: invited.email };
  });

export const resendInvitationAction = userActionClient
  .use(rateLimit(usersRateLimits.resendInvitation))
  .inputSchema(userIdParams)
  .action(async ({ ctx, parsedInput }) => {
    const sent = await resendInvitation(ctx.user, parsedInput.id);
    refresh(parsedInput.id);
    return { id: sent.id, email: sent.email };
  });

export const revokeInvitationAction = userActionClient.inputSchema(userIdParams).action(async ({ ctx, parsedInput }) => {
  const revoked = await revokeInvitation(ctx.user, parsedInput.id);
  refresh(parsedInput.id);
  return revoked;
});

export const changeUserAccessAction = userActionClient.inputSchema(userAccessActionSchema).action(async ({ ctx, parsedInput }) => {
  const changed = await changeUserAccess(ctx.user, parsedInput.id, parsedInput.changes);
  refresh(parsedInput.id);
  return { id: changed.id, role: changed.role, disabled: changed.disabled };
});

export const sendPasswordResetAction = userActionClient
  .use(rateLimit(usersRateLimits.passwordReset))
  .inputSchema(userIdParams)
  .action(async ({ ctx, parsedInput }) => {
    const sent = await sendPasswordReset(ctx.user, parsedInput.id);
    return { id: sent.id, email: sent.email };
  });
