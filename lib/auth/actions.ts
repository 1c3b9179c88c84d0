"use server";

import { cookies } from "next/headers";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { rememberLocale } from "@/i18n/locale-cookie";
import { isLocale, localeCookie, locales } from "@/i18n/locales";
import { actionClient, rateLimit } from "../safe-action";
import { isAppError } from "../errors";
import { currentUser } from "./session";
import { signIn, signOut } from "./index";
import { safeCallbackUrl } from "./permissions";
import { saveLocale } from "./profile";
import { loginSchema, registerSchema } from "./schemas";
import { registerCustomer, roleOf } from "./service";

/**
 * Signs in through Auth.js, which checks the password once (authenticate(), with its throttle and
 * audit row); a refusal reaches the form as the AppError it was: the precise reason and the wait.
 */
async function signInWithPassword(email: string, password: string): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && isAppError(error.cause)) throw error.cause;
    throw error;
  }
}

export const loginAction = actionClient.inputSchema(loginSchema).action(async ({ parsedInput }) => {
  const { email, password, callbackUrl } = parsedInput;
  await signInWithPassword(email, password);
  return { redirectTo: safeCallbackUrl(callbackUrl, await roleOf(email)) };
});

export const registerAction = actionClient
  // Accounts are cheap to ask for: an address gets a few an hour, not an enumeration of emails.
  .use(rateLimit({ name: "register", limit: 20, windowSeconds: 3600, key: "ip" }))
  .inputSchema(registerSchema)
  .action(async ({ parsedInput }) => {
    const locale = (await cookies()).get(localeCookie)?.value;
    const created = await registerCustomer(parsedInput, isLocale(locale) ? locale : "fr");
    // The same answer for an email that already has an account: it signs nobody in, and where it leads
    // the sign-in guard sends the visitor to /login with the destination kept.
    if (created) await signInWithPassword(parsedInput.email, parsedInput.password);
    return { redirectTo: safeCallbackUrl(parsedInput.callbackUrl, "CUSTOMER") };
  });

/** Auth.js's signOut event ends the session on the server (lib/auth/index.ts), whichever way out was taken. */
export async function logoutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

export const setLocaleAction = actionClient
  .inputSchema(z.object({ locale: z.enum(locales) }))
  .action(async ({ parsedInput: { locale } }) => {
    await rememberLocale(locale);
    const user = await currentUser();
    if (user) await saveLocale(user, locale);
    return { locale };
  });
