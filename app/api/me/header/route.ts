import { bellSize } from "@/components/notifications/bell-state";
import { viewerHeaderResponse } from "@/lib/account-settings/schemas";
import { can } from "@/lib/auth/permissions";
import { route } from "@/lib/http";
import { firingAlerts } from "@/lib/livepulse/alerts/queries";
import { mainNav } from "@/lib/navigation";
import { latestNotifications, unreadCount } from "@/lib/notifications/queries";
import { transportClientConfig } from "@/lib/realtime/config";

export const dynamic = "force-dynamic";

/**
 * What the public pages' header shows of the visitor, loaded by the browser so that the pages
 * themselves stay the same for everyone (served from cache): nothing when signed out; otherwise
 * the name and role, the navigation, the bell and the realtime transport.
 */
export const GET = route(
  {
    method: "GET",
    path: "/api/me/header",
    summary: "The signed-in visitor as the public pages' header shows them (null when signed out)",
    tags: ["account"],
    access: "public",
    response: viewerHeaderResponse,
    errors: [],
  },
  async ({ user }) => {
    if (!user) return { user: null };
    const [unread, notifications, alerts, realtime] = await Promise.all([
      unreadCount(user),
      latestNotifications(user, bellSize),
      can(user.role, "livepulse:read") ? firingAlerts(user) : undefined,
      transportClientConfig(),
    ]);
    return {
      user: { id: user.id, name: user.name, email: user.email, role: user.role },
      nav: mainNav(user.role).map((item) => ({ ...item, alerts: item.href === "/livepulse" ? alerts : undefined })),
      unread,
      notifications,
      now: new Date().toISOString(),
      realtime,
    };
  },
);
