import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { bellSize } from "@/components/notifications/bell-state";
import { Button } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { firingAlerts } from "@/lib/livepulse/alerts/queries";
import { mainNav, type Area } from "@/lib/navigation";
import { latestNotifications, unreadCount } from "@/lib/notifications/queries";
import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";
import { MainNav, type MainNavItem } from "./main-nav";
import { MobileNav } from "./sidebar";
import { NotificationsMenu, UserMenu } from "./signed-in-widgets";

/** The signed-in areas' header: main navigation, Live Pulse's firing alerts, the bell and the user's menu. */
export async function SiteHeader({ area }: { area?: Area }) {
  const [user, t, tRoles] = await Promise.all([currentUser(), getTranslations("nav"), getTranslations("roles")]);
  const alerts = user && can(user.role, "livepulse:read") ? await firingAlerts(user) : undefined;
  const nav: MainNavItem[] = user
    ? mainNav(user.role).map((item) => ({
        ...item,
        label: t(item.label as "hosting"),
        alerts: item.href === "/livepulse" ? alerts : undefined,
      }))
    : [
        { href: "/pricing", label: t("pricing"), match: "/pricing" },
        { href: "/status", label: t("status"), match: "/status" },
      ];
  const readAt = new Date().toISOString();
  const [unread, notifications] = user ? await Promise.all([unreadCount(user), latestNotifications(user, bellSize)]) : [0, []];

  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex h-16 max-w-screen-2xl items-center gap-4 px-4 sm:px-6">
        {user && area && <MobileNav area={area} role={user.role} alerts={alerts} />}
        <Logo href={user ? "/hosting" : "/pricing"} />
        <MainNav items={nav} label={t("mainNavigation")} />
        <div className="ml-auto flex items-center gap-1.5">
          {user ? (
            // The bell translates type labels and request statuses in the browser (live notifications too).
            <ClientMessages namespaces={["notifications", "notificationType", "requestStatus", "alertSeverity", "livepulseNames"]}>
              <NotificationsMenu userId={user.id} unread={unread} items={notifications} now={readAt} />
              <UserMenu name={user.name} email={user.email} roleLabel={tRoles(user.role)} />
            </ClientMessages>
          ) : (
            <>
              <LocaleSwitcher />
              <Button asChild variant="ghost" size="sm" className="hidden sm:inline-flex">
                <Link href="/register">{t("register")}</Link>
              </Button>
              <Button asChild size="sm">
                <Link href="/login">{t("login")}</Link>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
