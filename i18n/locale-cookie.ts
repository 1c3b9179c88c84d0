import "server-only";
import { cookies } from "next/headers";
import { localeCookie, type Locale } from "./locales";

/** Remembers the interface language in this browser for a year (the language switch, the profile). */
export async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
}
