"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { rememberLocale } from "@/i18n/locale-cookie";
import { rateLimit, userActionClient } from "../safe-action";
import { changePassword } from "./change-password";
import { endOtherOwnSessions, endOwnSession } from "./end-sessions";
import { emailPreferencesSchema, passwordChangeSchema, profileSchema, sessionIdSchema } from "./schemas";
import { sessionActor } from "./session-actor";
import { updateEmailPreferences } from "./update-email-preferences";
import { updateProfile } from "./update-profile";

/** Thin adapters over the account services, for the /account page. */

export const updateProfileAction = userActionClient.inputSchema(profileSchema).action(async ({ parsedInput, ctx }) => {
  const profile = await updateProfile(ctx.user, parsedInput);
  // The interface follows the profile's language at once, as the language switch does.
  await rememberLocale(parsedInput.locale);
  revalidatePath("/", "layout");
  return { name: profile.name, locale: profile.locale };
});

export const updateEmailPreferencesAction = userActionClient.inputSchema(emailPreferencesSchema).action(async ({ parsedInput, ctx }) => {
  const result = await updateEmailPreferences(ctx.user, parsedInput);
  revalidatePath("/account");
  return result;
});

/** Guessing the current password costs attempts: every call counts, right or wrong. */
export const changePasswordAction = userActionClient
  .use(rateLimit({ name: "password-change", limit: 10, windowSeconds: 15 * 60, key: "user" }))
  .inputSchema(passwordChangeSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changePassword(sessionActor(ctx.user), parsedInput);
    revalidatePath("/account");
    return result;
  });

export const endSessionAction = userActionClient.inputSchema(z.object({ id: sessionIdSchema })).action(async ({ parsedInput, ctx }) => {
  await endOwnSession(sessionActor(ctx.user), parsedInput.id);
  revalidatePath("/account");
  return { id: parsedInput.id };
});

export const endOtherSessionsAction = userActionClient.inputSchema(z.object({})).action(async ({ ctx }) => {
  const result = await endOtherOwnSessions(sessionActor(ctx.user));
  revalidatePath("/account");
  return result;
});
