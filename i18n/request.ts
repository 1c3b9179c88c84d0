import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultTimeZone, resolveTimeZone, timeZoneCookie } from "@/lib/time-zone";
import { isLocale, localeCookie, resolveLocale } from "./locales";
import { loadMessages } from "./messages";

/**
 * The public pages (app/[locale]) are rendered once per language and served from Next's cache: their
 * language is the URL segment the proxy rewrote to (set with `setRequestLocale`), and nothing here
 * reads the request. Every other page reads the language and the time zone from the visitor's cookies.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const segment = await requestLocale;
  if (isLocale(segment)) {
    return { locale: segment, messages: await loadMessages(segment), timeZone: defaultTimeZone };
  }
  const jar = await cookies();
  const locale = resolveLocale(jar.get(localeCookie)?.value, (await headers()).get("accept-language"));
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: resolveTimeZone(jar.get(timeZoneCookie)?.value),
  };
});
