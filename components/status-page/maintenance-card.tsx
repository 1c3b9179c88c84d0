import { CalendarClock, Wrench } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { DateFormat } from "@/lib/format";
import { formatOccurrence } from "@/lib/maintenance/format";
import type { PublicMaintenance } from "@/lib/status-page/snapshot";
import { cn } from "@/lib/utils";

/** Occurrences listed before "and N more". */
const shownOccurrences = 3;

/** A maintenance window on the status page: when (in the reader's clock), what it touches, and whether uptime counts it. */
export async function MaintenanceCard({
  window,
  serviceNames,
  dates,
}: {
  window: PublicMaintenance;
  serviceNames: Map<string, string>;
  dates: DateFormat;
}) {
  const t = await getTranslations("maintenance");
  const Icon = window.inProgress ? Wrench : CalendarClock;
  const more = window.occurrences.length - shownOccurrences;
  return (
    <article
      id={`maintenance-${window.id}`}
      className={cn("flex flex-col gap-3 rounded-xl border bg-card p-5 shadow-sm", window.inProgress && "border-info/40 bg-info/5")}
      data-testid="status-maintenance"
      data-maintenance-id={window.id}
      data-in-progress={window.inProgress}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="flex min-w-0 items-center gap-2 font-semibold break-words">
          <Icon aria-hidden="true" className="size-4 shrink-0 text-info" />
          {window.title}
        </h3>
        <div className="flex flex-wrap gap-2">
          <Badge variant={window.inProgress ? "info" : "outline"}>{window.inProgress ? t("inProgress") : t("scheduled")}</Badge>
          {window.excludeFromUptime && <Badge variant="secondary">{t("notCounted")}</Badge>}
        </div>
      </div>
      <ul className="flex flex-col gap-0.5 text-sm tabular-nums">
        {window.occurrences.slice(0, shownOccurrences).map((o) => (
          <li key={o.startsAt}>{formatOccurrence(o.startsAt, o.endsAt, dates)}</li>
        ))}
        {more > 0 && <li className="text-muted-foreground">{t("andMore", { count: more })}</li>}
      </ul>
      {window.recurrence !== "NONE" && <p className="text-xs text-muted-foreground">{t(`repeats.${window.recurrence}`)}</p>}
      {window.message && <p className="text-sm whitespace-pre-line break-words text-muted-foreground">{window.message}</p>}
      <p className="text-xs text-muted-foreground">
        {t("services", {
          services: window.serviceIds
            .map((id) => serviceNames.get(id) ?? "")
            .filter(Boolean)
            .join(", "),
        })}
      </p>
    </article>
  );
}
