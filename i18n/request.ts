import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { resolveTimeZone, timeZoneCookie } from "@/lib/time-zone";
import { localeCookie, resolveLocale } from "./locales";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const jar = await cookies();
  const locale = resolveLocale(jar.get(localeCookie)?.value, (await headers()).get("accept-language"));
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: resolveTimeZone(jar.get(timeZoneCookie)?.value),
  };
});
