import { useLocale, useTimeZone } from "next-intl";
import { useMemo } from "react";
import type { DateFormat } from "./format";
import { defaultTimeZone } from "./time-zone";

/** The reader's language and time zone, for `formatDate` in client components (stable between renders). */
export function useDateFormat(): DateFormat {
  const locale = useLocale();
  const timeZone = useTimeZone() ?? defaultTimeZone;
  return useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
}
