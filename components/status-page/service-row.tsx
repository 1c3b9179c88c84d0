import { getTranslations } from "next-intl/server";
import { uptimePercent } from "@/lib/livepulse/monitors/status";
import type { PublicService } from "@/lib/status-page/snapshot";
import type { ServiceState } from "@/lib/status-page/state";
import { cn } from "@/lib/utils";
import { UptimeBars, type BarDay } from "./uptime-bars";

const stateClass: Record<ServiceState, string> = {
  operational: "text-success",
  degraded: "text-warning",
  outage: "text-destructive",
  unknown: "text-muted-foreground",
};
const dotClass: Record<ServiceState, string> = {
  operational: "bg-success",
  degraded: "bg-warning",
  outage: "bg-destructive",
  unknown: "bg-muted-foreground/50",
};

/** A published service: its name and state, its days as bars, and its uptime over them. */
export async function ServiceRow({
  service,
  name,
  locale,
  incidentTitles,
  maintenanceTitles,
}: {
  service: PublicService;
  name: string;
  locale: string;
  incidentTitles: Map<string, string>;
  maintenanceTitles: Map<string, string>;
}) {
  const t = await getTranslations("statusPage");
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  // A phone shows the last 30 days: its figure is theirs.
  const month = service.days.slice(-30);
  const monthDown = month.reduce((sum, day) => sum + day.down, 0);
  const monthUptime = uptimePercent({ UP: month.reduce((sum, day) => sum + day.checks, 0) - monthDown, DOWN: monthDown });
  const uptimeText = (value: number | null) => (value === null ? t("noData") : t("uptime", { value: number.format(value) }));
  const days = service.days.map((day): BarDay => {
    const incidents = day.incidentIds.flatMap((id) => incidentTitles.get(id) ?? []);
    const maintenance = day.maintenanceIds.flatMap((id) => maintenanceTitles.get(id) ?? []);
    return {
      date: day.date,
      uptime: day.uptime,
      ...(incidents.length > 0 && { incidents }),
      ...(maintenance.length > 0 && { maintenance }),
      ...(day.excluded && { excluded: true as const }),
    };
  });
  return (
    <li
      className="flex flex-col gap-3 px-5 py-5 sm:px-6"
      data-testid="status-service"
      data-service-id={service.id}
      data-state={service.state}
    >
      <div className="flex items-center justify-between gap-3">
        <h3 className="min-w-0 truncate font-medium">{name}</h3>
        <span
          className={cn("flex shrink-0 items-center gap-2 text-sm font-medium", stateClass[service.state])}
          data-testid="status-service-state"
        >
          <span aria-hidden="true" className={cn("size-2.5 rounded-full", dotClass[service.state])} />
          {t(`state.${service.state}`)}
        </span>
      </div>
      <UptimeBars name={name} days={days} locale={locale} />
      <div className="flex items-center justify-between gap-3 text-xs text-muted-foreground">
        <span>
          <span className="sm:hidden">{t("daysAgo", { days: 30 })}</span>
          <span className="hidden sm:inline">{t("daysAgo", { days: service.days.length })}</span>
        </span>
        <span className="tabular-nums" data-testid="status-service-uptime">
          <span className="sm:hidden">{uptimeText(monthUptime)}</span>
          <span className="hidden sm:inline">{uptimeText(service.uptime)}</span>
        </span>
        <span>{t("today")}</span>
      </div>
    </li>
  );
}
