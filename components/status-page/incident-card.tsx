import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import { formatDate, type DateFormat } from "@/lib/format";
import type { PublicIncident } from "@/lib/status-page/snapshot";
import { cn } from "@/lib/utils";

const impactBorder = {
  NONE: "border-l-info",
  MINOR: "border-l-warning",
  MAJOR: "border-l-destructive",
  CRITICAL: "border-l-destructive",
} as const;

/** One incident as customers read it: title, impact, state, services, and its updates newest first. */
export async function IncidentCard({
  incident,
  serviceNames,
  dates,
}: {
  incident: PublicIncident;
  serviceNames: Map<string, string>;
  dates: DateFormat;
}) {
  const [t, tState] = await Promise.all([getTranslations("statusPage"), getTranslations("incidentState")]);
  const resolved = incident.state === "RESOLVED";
  const services = incident.serviceIds.flatMap((id) => serviceNames.get(id) ?? []);
  return (
    <article
      id={`incident-${incident.id}`}
      data-testid="status-incident"
      data-state={incident.state}
      className={cn(
        "scroll-mt-24 rounded-xl border border-l-4 bg-card p-5 text-card-foreground shadow-sm",
        resolved ? "border-l-success" : impactBorder[incident.impact],
      )}
    >
      <header className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <h3 className="text-base font-semibold break-words" data-testid="status-incident-title">
          {incident.title}
        </h3>
        <div className="flex shrink-0 flex-wrap gap-1.5">
          {!resolved && <StatusBadge kind="incidentImpact" value={incident.impact} />}
          <StatusBadge kind="incidentState" value={incident.state} />
        </div>
      </header>
      <p className="mt-1 text-xs text-muted-foreground">
        {resolved && incident.resolvedAt
          ? t("resolvedAt", { date: formatDate(incident.resolvedAt, dates, true) })
          : t("declaredAt", { date: formatDate(incident.createdAt, dates, true) })}
        {services.length > 0 && ` · ${t("affectedList", { services: services.join(", ") })}`}
      </p>
      <ol className="mt-4 flex flex-col gap-4 border-l pl-4">
        {incident.updates.map((update) => (
          <li key={update.id} className="relative" data-testid="status-incident-update">
            <span
              aria-hidden="true"
              className="absolute top-1.5 -left-[21px] size-2.5 rounded-full border-2 border-background bg-muted-foreground/60"
            />
            <p className="text-sm">
              <span className="font-medium">{tState(update.state)}</span>
              <span className="text-muted-foreground"> · {formatDate(update.createdAt, dates, true)}</span>
            </p>
            <p className="mt-1 text-sm whitespace-pre-line break-words text-muted-foreground">{update.message}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
