import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AgendaCard } from "@/components/crm/dashboard/agenda-card";
import { chartTitles, DashboardCharts, DashboardChartsSkeleton } from "@/components/crm/dashboard/dashboard-charts";
import { KpiGrid } from "@/components/crm/dashboard/kpi-grid";
import { OpenTicketsCard } from "@/components/crm/dashboard/open-tickets-card";
import { PipelineSummary } from "@/components/crm/dashboard/pipeline-summary";
import { RecentLeadsCard } from "@/components/crm/dashboard/recent-leads-card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";
import { crmOverview } from "@/lib/crm/analytics/overview";
import { recentLeads, todaysActivities, urgentTickets } from "@/lib/crm/dashboard/queries";
import { formatDate } from "@/lib/format";
import { getDateFormat } from "@/lib/date-format-server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

/** The periods offered above the figures, in days ending today. */
const periods = [7, 30, 90] as const;
const DAY = 86_400_000;

export default async function CrmDashboardPage({ searchParams }: { searchParams: Promise<{ days?: string }> }) {
  // The dashboard is the sales team's; support's CRM home is the tickets queue (homeOf, navigation).
  const user = await requirePage("dashboard:sales");

  const requested = Number((await searchParams).days);
  const days = (periods as readonly number[]).includes(requested) ? requested : 30;
  const now = new Date();
  const from = new Date(now.getTime() - (days - 1) * DAY).toISOString().slice(0, 10);

  const [overview, leads, tickets, agenda, titles, t, dates] = await Promise.all([
    crmOverview(user, { from }, now),
    recentLeads(user),
    urgentTickets(user, 5),
    todaysActivities(user, now),
    chartTitles(),
    getTranslations("dashboard"),
    getDateFormat(),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        className="pb-0"
        actions={
          <nav aria-label={t("period")} className="flex items-center gap-1 rounded-lg border bg-card p-1">
            {periods.map((option) => (
              <Link
                key={option}
                href={option === 30 ? "/crm" : `/crm?days=${option}`}
                aria-current={option === days ? "page" : undefined}
                aria-label={t("lastDaysLong", { days: option })}
                className="rounded-md px-3 py-1 text-sm text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground aria-[current=page]:bg-primary aria-[current=page]:text-primary-foreground"
              >
                {t("lastDays", { days: option })}
              </Link>
            ))}
          </nav>
        }
      >
        <p className="text-xs text-muted-foreground">
          {t("periodRange", {
            from: formatDate(`${overview.range.from}T12:00:00Z`, dates),
            to: formatDate(`${overview.range.to}T12:00:00Z`, dates),
          })}
        </p>
      </PageHeader>
      <KpiGrid overview={overview} />
      <div className="grid gap-4 lg:grid-cols-2 xl:grid-cols-3 [&>*]:min-w-0">
        {overview.sales && <PipelineSummary stages={overview.sales.pipeline.stages} />}
        <AgendaCard agenda={agenda} now={now} />
        <div className="lg:col-span-2 xl:col-span-1 [&>*]:h-full">
          <OpenTicketsCard tickets={tickets} now={now} />
        </div>
      </div>
      <Suspense fallback={<DashboardChartsSkeleton titles={titles} />}>
        <DashboardCharts user={user} />
      </Suspense>
      <RecentLeadsCard leads={leads} />
    </div>
  );
}
