import { route } from "@/lib/http";
import { notificationListQuery, notificationListResponse } from "@/lib/notifications/schemas";
import { pageNotifications } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

export const GET = route(
  {
    method: "GET",
    path: "/api/notifications",
    summary: "The caller's own notifications, newest first; unread only with unread=1; paginated, with the unread count",
    tags: ["notifications"],
    access: "notifications:access",
    query: notificationListQuery,
    response: notificationListResponse,
    errors: [],
  },
  async ({ user, query }) => pageNotifications(user, query),
);
