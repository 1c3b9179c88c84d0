"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRealtime } from "@/components/realtime/use-realtime";
import { channels } from "@/lib/realtime/channels";

/**
 * The count of firing alerts beside "Live Pulse": the server's figure at
 * render, then the one each `alert.updated` event carries.
 */
export function LivePulseBadge({ count }: { count: number }) {
  const t = useTranslations("nav");
  // The latest live count, tied to the server figure it followed: a newer render wins.
  const [live, setLive] = useState<{ base: number; value: number } | null>(null);
  useRealtime(channels.livepulse, ["alert.updated"], (_event, data) => {
    if (typeof data.firing === "number") setLive({ base: count, value: data.firing });
  });
  const value = live && live.base === count ? live.value : count;
  if (value <= 0) return null;
  return (
    <span
      data-testid="livepulse-badge"
      aria-label={t("openAlerts", { count: value })}
      className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-destructive px-1.5 text-[11px] leading-5 font-semibold text-white"
    >
      {value > 99 ? "99+" : value}
    </span>
  );
}
