import { Rss, ServerCog } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { SiteFooter } from "@/components/shell/site-footer";
import { PublicSiteHeader } from "@/components/public/public-site-header";
import { IncidentCard } from "@/components/status-page/incident-card";
import { MaintenanceCard } from "@/components/status-page/maintenance-card";
import { OverallBanner } from "@/components/status-page/overall-banner";
import { ServiceRow } from "@/components/status-page/service-row";
import { StatusLive } from "@/components/status-page/status-live";
import { EmptyState } from "@/components/ui/empty-state";
import { isLocale, type Locale } from "@/i18n/locales";
import { getDateFormat } from "@/lib/date-format-server";
import { formatDate } from "@/lib/format";
import { transportClientConfig } from "@/lib/realtime/config";
import { announceDays } from "@/lib/maintenance/schemas";
import { announcedMaintenance, recentIncidentDays, splitIncidents, statusSnapshot } from "@/lib/status-page/snapshot";

/**
 * The same for every visitor, one page per language, served from Next's cache. It reads the status
 * snapshot under the status tag: an incident, its updates, a maintenance window or a publication
 * drops the snapshot and this page with it (`invalidateStatus`) on the instance that made the
 * change; the bars and monitors, and the other instances, are re-read after this long at the most.
 */
export const revalidate = 30;

type Props = { params: Promise<{ locale: string }> };

async function localeOf(params: Props["params"]): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : "fr";
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "statusPage" });
  return {
    title: t("title"),
    description: t("description"),
    alternates: { types: { "application/atom+xml": [{ url: "/api/status/feed.atom", title: t("feedTitle") }] } },
  };
}

export default async function StatusPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const [snapshot, t, tMaintenance, dates, realtime] = await Promise.all([
    statusSnapshot(),
    getTranslations("statusPage"),
    getTranslations("maintenance"),
    getDateFormat(),
    // Without a cursor: a page served from cache would otherwise replay what happened since it was rendered.
    transportClientConfig({ live: true }),
  ]);
  const serviceNames = new Map(snapshot.services.map((service) => [service.id, service.name[locale]]));
  const incidentTitles = new Map(snapshot.incidents.map((incident) => [incident.id, incident.title]));
  const maintenanceTitles = new Map(snapshot.maintenance.map((window) => [window.id, window.title]));
  const { active, resolved } = splitIncidents(snapshot);
  const maintenance = announcedMaintenance(snapshot);

  return (
    <div className="flex min-h-dvh flex-col bg-muted/30">
      <PublicSiteHeader />
      <StatusLive config={realtime} generatedAt={snapshot.generatedAt} />
      <main id="main" className="mx-auto flex w-full max-w-4xl flex-1 flex-col gap-10 px-4 py-10 sm:px-6 sm:py-14">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{t("title")}</h1>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="relative flex size-2">
                <span className="absolute inline-flex size-full animate-ping rounded-full bg-success opacity-60 motion-reduce:animate-none" />
                <span className="relative inline-flex size-2 rounded-full bg-success" />
              </span>
              {t("live")}
            </span>
            <span data-testid="status-updated">{t("updatedAt", { date: formatDate(snapshot.generatedAt, dates, true) })}</span>
            <a
              href="/api/status/feed.atom"
              className="inline-flex items-center gap-1 underline-offset-4 hover:text-foreground hover:underline"
            >
              <Rss aria-hidden="true" className="size-3.5" />
              {t("subscribe")}
            </a>
          </p>
        </div>

        <OverallBanner state={snapshot.overall} updated={formatDate(snapshot.generatedAt, dates, true)} />

        {active.length > 0 && (
          <section aria-labelledby="active-title" className="flex flex-col gap-4" data-testid="status-active">
            <h2 id="active-title" className="text-lg font-semibold">
              {t("activeTitle")}
            </h2>
            {active.map((incident) => (
              <IncidentCard key={incident.id} incident={incident} serviceNames={serviceNames} dates={dates} />
            ))}
          </section>
        )}

        {maintenance.inProgress.length > 0 && (
          <section aria-labelledby="maintenance-now-title" className="flex flex-col gap-4" data-testid="status-maintenance-now">
            <h2 id="maintenance-now-title" className="text-lg font-semibold">
              {tMaintenance("inProgressTitle")}
            </h2>
            {maintenance.inProgress.map((window) => (
              <MaintenanceCard key={window.id} window={window} serviceNames={serviceNames} dates={dates} />
            ))}
          </section>
        )}

        <section aria-labelledby="services-title" className="flex flex-col gap-4">
          <div className="flex items-baseline justify-between gap-3">
            <h2 id="services-title" className="text-lg font-semibold">
              {t("servicesTitle")}
            </h2>
            <p className="text-sm text-muted-foreground">
              <span className="sm:hidden">{t("uptimeRange", { days: 30 })}</span>
              <span className="hidden sm:inline">{t("uptimeRange", { days: snapshot.services[0]?.days.length ?? 90 })}</span>
            </p>
          </div>
          {snapshot.services.length === 0 ? (
            <EmptyState icon={<ServerCog />} title={t("noServices")} description={t("noServicesHint")} titleAs="h3" className="bg-card" />
          ) : (
            <ClientMessages namespaces={["statusPage"]} forms={false}>
              <ul className="divide-y rounded-xl border bg-card shadow-sm" data-testid="status-services">
                {snapshot.services.map((service) => (
                  <ServiceRow
                    key={service.id}
                    service={service}
                    name={service.name[locale]}
                    locale={locale}
                    incidentTitles={incidentTitles}
                    maintenanceTitles={maintenanceTitles}
                  />
                ))}
              </ul>
            </ClientMessages>
          )}
          <Legend />
        </section>

        <section aria-labelledby="maintenance-title" className="flex flex-col gap-4" data-testid="status-maintenance-upcoming">
          <h2 id="maintenance-title" className="text-lg font-semibold">
            {tMaintenance("upcomingTitle", { days: announceDays })}
          </h2>
          {maintenance.upcoming.length === 0 ? (
            <p className="rounded-xl border border-dashed bg-card px-5 py-6 text-sm text-muted-foreground">
              {tMaintenance("noUpcoming", { days: announceDays })}
            </p>
          ) : (
            maintenance.upcoming.map((window) => (
              <MaintenanceCard key={window.id} window={window} serviceNames={serviceNames} dates={dates} />
            ))
          )}
        </section>

        <section aria-labelledby="resolved-title" className="flex flex-col gap-4" data-testid="status-resolved">
          <h2 id="resolved-title" className="text-lg font-semibold">
            {t("resolvedTitle", { days: recentIncidentDays })}
          </h2>
          {resolved.length === 0 ? (
            <p className="rounded-xl border border-dashed bg-card px-5 py-6 text-sm text-muted-foreground">
              {t("noResolved", { days: recentIncidentDays })}
            </p>
          ) : (
            resolved.map((incident) => <IncidentCard key={incident.id} incident={incident} serviceNames={serviceNames} dates={dates} />)
          )}
        </section>
      </main>
      <SiteFooter />
    </div>
  );
}

async function Legend() {
  const t = await getTranslations("statusPage");
  const items = [
    ["bg-success", t("legendOperational")],
    ["bg-warning", t("legendDegraded")],
    ["bg-destructive", t("legendOutage")],
    ["bg-muted-foreground/20", t("legendNone")],
    ["bg-success shadow-[inset_0_3px_0_var(--color-info)]", t("legendExcluded")],
  ] as const;
  return (
    <div className="flex flex-col gap-2 text-xs text-muted-foreground sm:flex-row sm:items-center sm:justify-between">
      <ul aria-label={t("legend")} className="flex flex-wrap gap-x-4 gap-y-1">
        {items.map(([color, label]) => (
          <li key={label} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className={`size-2.5 rounded-[2px] ${color}`} />
            {label}
          </li>
        ))}
      </ul>
      <p>{t("footer")}</p>
    </div>
  );
}
