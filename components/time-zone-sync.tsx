"use client";

import { useRouter } from "next/navigation";
import { useTimeZone } from "next-intl";
import { useEffect } from "react";
import { timeZoneCookie } from "@/lib/time-zone";

/** A visitor's first gesture on a page served from cache. */
const gestures = ["pointerdown", "keydown", "focusin"] as const;

/**
 * Tells the server the browser's time zone (a cookie) when the page was rendered in another one,
 * and renders the page again, so times read as the viewer's clock shows them on both sides.
 * A zone the server does not accept is written once and never asked for again. On a page served from
 * cache (`refresh` false) the cookie is only written, for the pages rendered per visitor, and only at
 * the visitor's first gesture: reading the zone is the browser's first use of its time-zone data,
 * tens of milliseconds of a phone's main thread that the page's first seconds do not need.
 */
export function TimeZoneSync({ refresh = true }: { refresh?: boolean }) {
  const rendered = useTimeZone();
  const router = useRouter();
  useEffect(() => {
    const sync = () => {
      const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (!browser || browser === rendered) return;
      const cookie = `${timeZoneCookie}=${encodeURIComponent(browser)}`;
      if (document.cookie.split("; ").includes(cookie)) return;
      document.cookie = `${cookie}; path=/; max-age=31536000; samesite=lax`;
      if (refresh) router.refresh();
    };
    if (refresh) {
      sync();
      return;
    }
    const onGesture = () => {
      stop();
      sync();
    };
    const stop = () => gestures.forEach((type) => window.removeEventListener(type, onGesture, true));
    gestures.forEach((type) => window.addEventListener(type, onGesture, { capture: true, passive: true }));
    return stop;
  }, [rendered, router, refresh]);
  return null;
}
