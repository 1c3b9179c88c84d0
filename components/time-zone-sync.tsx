"use client";

import { useRouter } from "next/navigation";
import { useTimeZone } from "next-intl";
import { useEffect } from "react";
import { timeZoneCookie } from "@/lib/time-zone";

/**
 * Tells the server the browser's time zone (a cookie) when the page was rendered in another one,
 * and renders the page again, so times read as the viewer's clock shows them on both sides.
 * A zone the server does not accept is written once and never asked for again. On a page served from
 * cache (`refresh` false) the cookie is only written, for the pages rendered per visitor.
 */
export function TimeZoneSync({ refresh = true }: { refresh?: boolean }) {
  const rendered = useTimeZone();
  const router = useRouter();
  useEffect(() => {
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browser || browser === rendered) return;
    const cookie = `${timeZoneCookie}=${encodeURIComponent(browser)}`;
    if (document.cookie.split("; ").includes(cookie)) return;
    document.cookie = `${cookie}; path=/; max-age=31536000; samesite=lax`;
    if (refresh) router.refresh();
  }, [rendered, router, refresh]);
  return null;
}
