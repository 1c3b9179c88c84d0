import { getLocale, getTimeZone } from "next-intl/server";
import type { DateFormat } from "./format";
import { defaultTimeZone } from "./time-zone";

/** The reader's language and time zone, for `formatDate` in server components. */
export async function getDateFormat(): Promise<DateFormat> {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return { locale, timeZone: timeZone ?? defaultTimeZone };
}
