"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ago } from "@/lib/notifications/relative-time";

/** "à l'instant", "il y a 5 minutes", "hier", then the date: how long ago a notification came. */
export function useAgo() {
  const locale = useLocale();
  const t = useTranslations("notifications");
  const format = useFormatter();
  const relative = useMemo(() => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }), [locale]);
  return (date: string, now: number) => {
    const a = ago(date, now);
    if (a.unit === "now") return t("justNow");
    if (a.unit === "date") {
      const sameYear = new Date(date).getUTCFullYear() === new Date(now).getUTCFullYear();
      return format.dateTime(new Date(date), { day: "numeric", month: "short", ...(sameYear ? {} : { year: "numeric" }) });
    }
    return relative.format(-a.value, a.unit);
  };
}

/** The full date and time, for a tooltip and the `dateTime` of `<time>`. */
export function useFullDate() {
  const format = useFormatter();
  return (date: string) => format.dateTime(new Date(date), { dateStyle: "medium", timeStyle: "short" });
}
