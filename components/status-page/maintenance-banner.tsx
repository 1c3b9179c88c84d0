import { CalendarClock, Wrench } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { SessionUser } from "@/lib/auth/session";
import { getDateFormat } from "@/lib/date-format-server";
import { formatOccurrence } from "@/lib/maintenance/format";
import { channels } from "@/lib/realtime/channels";
import { maintenanceAffecting } from "@/lib/status-page/affected";
import { serviceName } from "@/lib/status-page/service-name";

/**
 * Above a customer's portal: a notice for maintenance planned on their services in the coming days,
 * a banner while it is in progress, with a link to the status page; it appears, changes and goes live.
 */
export async function MaintenanceBanner({ user }: { user: SessionUser }) {
  if (user.role !== "CUSTOMER") return null;
  const [windows, t, locale, dates] = await Promise.all([
    maintenanceAffecting(user),
    getTranslations("maintenance"),
    getLocale(),
    getDateFormat(),
  ]);
  return (
    <>
      <LiveRefresh channel={channels.status} events={["maintenance.updated", "status.updated"]} onFocus={false} />
      {windows.map((window) => {
        const Icon = window.inProgress ? Wrench : CalendarClock;
        const services = window.services.map((s) => serviceName(s.service, locale)).join(", ");
        const when = formatOccurrence(window.next.start, window.next.end, dates);
        return (
          <Alert
            key={window.id}
            variant={window.inProgress ? "warning" : "default"}
            className="mb-6"
            data-testid="maintenance-banner"
            data-maintenance-id={window.id}
            data-in-progress={window.inProgress}
          >
            <Icon aria-hidden="true" />
            <AlertTitle className="break-words">
              {window.inProgress ? t("bannerNow", { title: window.title }) : t("bannerUpcoming", { title: window.title })}
            </AlertTitle>
            <AlertDescription className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
              <span className="break-words">
                {t("bannerWhen", { when, services })}
                {window.excludeFromUptime && <span className="block text-xs">{t("notCounted")}</span>}
              </span>
              <Link href={`/status#maintenance-${window.id}`} className="shrink-0 font-medium underline underline-offset-4">
                {t("bannerMore")}
              </Link>
            </AlertDescription>
          </Alert>
        );
      })}
    </>
  );
}
