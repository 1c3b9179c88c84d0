"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { toast } from "sonner";
import { useNotificationDetail, useNotificationTitle } from "@/components/notifications/notification-summary";
import type { NotificationView } from "@/lib/notifications/types";

/**
 * The toast of a notification that just arrived, with a button that opens it. A burst (a bulk
 * assignment, a reconnect) becomes one summary, and an event that comes twice shows once.
 */
export function useNotificationToasts(open: (notification: NotificationView) => void) {
  const t = useTranslations("notifications");
  const tType = useTranslations("notificationType");
  const detailOf = useNotificationDetail();
  const titleOf = useNotificationTitle();
  const router = useRouter();
  const recent = useRef<number[]>([]);
  const announced = useRef(new Set<string>());
  return (notification: NotificationView) => {
    // An event may come twice (a replay after a reconnect): one toast.
    if (announced.current.has(notification.id)) return;
    announced.current.add(notification.id);
    const at = Date.now();
    recent.current = [...recent.current.filter((time) => at - time < 4_000), at];
    if (recent.current.length > 3) {
      toast(t("burst", { count: recent.current.length }), {
        id: "notifications-burst",
        action: { label: t("seeAll"), onClick: () => router.push("/notifications") },
      });
      return;
    }
    const detail = detailOf(notification);
    toast(tType(notification.type), {
      id: notification.id,
      description: detail ? (
        <>
          <span className="block">{titleOf(notification)}</span>
          <span className="block">{detail}</span>
        </>
      ) : (
        titleOf(notification)
      ),
      action: notification.link ? { label: t("open"), onClick: () => open(notification) } : undefined,
    });
  };
}
