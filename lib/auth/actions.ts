"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { isLocale, localeCookie, locales } from "@/i18n/locales";
import { actionClient } from "../safe-action";
import { clientAddress } from "../request-info";
import { currentUser } from "./session";
import { auth, signIn, signOut } from "./index";
import { safeCallbackUrl } from "./permissions";
import { saveLocale } from "./profile";
import { loginSchema, registerSchema } from "./schemas";
import { authenticate, registerCustomer } from "./service";
import { revokeSession } from "./sessions";

export const loginAction = actionClient.inputSchema(loginSchema).action(async ({ parsedInput }) => {
  const { email, password, callbackUrl } = parsedInput;
  // Checked here first so the form gets a precise message (wrong password, wait time).
  const user = await authenticate(email, password, clientAddress(await headers()));
  await signIn("credentials", { email, password, redirect: false });
  return { redirectTo: safeCallbackUrl(callbackUrl, user.role) };
});

export const registerAction = actionClient.inputSchema(registerSchema).action(async ({ parsedInput }) => {
  const locale = (await cookies()).get(localeCookie)?.value;
  const user = await registerCustomer(parsedInput, isLocale(locale) ? locale : "fr");
  await signIn("credentials", { email: parsedInput.email, password: parsedInput.password, redirect: false });
  return { redirectTo: safeCallbackUrl(parsedInput.callbackUrl, user.role) };
});

export async function logoutAction(): Promise<void> {
  const session = await auth();
  if (session?.sid) await revokeSession(session.sid, new Date(session.expires));
  await signOut({ redirectTo: "/login" });
}

export const setLocaleAction = actionClient
  .inputSchema(z.object({ locale: z.enum(locales) }))
  .action(async ({ parsedInput: { locale } }) => {
    (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
    const user = await currentUser();
    if (user) await saveLocale(user, locale);
    return { locale };
  });
