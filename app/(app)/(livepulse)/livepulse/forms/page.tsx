import { Clock, Eye, FileCheck2, LogOut, MousePointerClick, Percent, SearchX } from "lucide-react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { durationParts, percentFormatter } from "@/components/livepulse/forms/format";
import { FrequentErrorsTable } from "@/components/livepulse/forms/frequent-errors-table";
import { FunnelStepsTable } from "@/components/livepulse/forms/funnel-steps-table";
import { FunnelChart } from "@/components/livepulse/forms/funnel-chart";
import { PeriodPicker } from "@/components/livepulse/forms/period-picker";
import { KpiCard } from "@/components/status/kpi-card";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";
import { formatDate } from "@/lib/format";
import { formAnalyticsQuery, resolvePeriod } from "@/lib/livepulse/forms/period";
import { formAnalytics } from "@/lib/livepulse/forms/queries";
import { channels } from "@/lib/realtime/channels";
import { getDateFormat } from "@/lib/date-format-server";

const path = "/livepulse/forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livepulseForms"))("title") };
}

export default async function FormsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("livepulse:read");
  const parsed = formAnalyticsQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : {};
  const [analytics, t, locale] = await Promise.all([formAnalytics(user, query), getTranslations("livepulseForms"), getLocale()]);
  const dates = await getDateFormat();
  const period = resolvePeriod(query, new Date(analytics.period.to));
  const percent = percentFormatter(locale);
  const duration = (ms: number | null) => (ms === null ? t("kpi.noMedian") : t("duration", durationParts(ms)));
  const reason = parsed.success ? null : String(parsed.error.issues[0]?.message ?? "invalidDate");
  const stepLabel = (key: string) => t(`steps.${key}` as "steps.VIEW");

  const chartSteps = analytics.steps.map((step, index) => ({
    key: step.key,
    label: stepLabel(step.key),
    sessions: step.sessions,
    caption: step.ofStarts === null ? String(step.sessions) : `${step.sessions} · ${percent(step.ofStarts)}`,
    ofStarts: step.ofStarts === null ? null : percent(step.ofStarts),
    dropOff: index === 0 ? null : t("dropOff", { count: step.dropOff, rate: percent(step.dropOffRate) }),
  }));

  return (
    <div className="flex flex-col gap-6">
      {/* The form's own announcements only: request metrics flush every few seconds and do not move this page. */}
      <LiveRefresh channel={channels.livepulse} events={["metrics.updated"]} match={{ source: "forms" }} />
      <PageHeader title={t("title")} description={t("subtitle")} className="pb-0" />
      <div className="flex flex-col gap-2">
        <PeriodPicker period={period} path={path} />
        <p className="text-sm text-muted-foreground" data-testid="period-range">
          {t("range", { from: formatDate(period.from, dates, true), to: formatDate(period.to, dates, true) })}
        </p>
        {reason && (
          <Alert variant="destructive">
            <AlertDescription>
              {t("invalidPeriod", {
                reason: t.has(`periodErrors.${reason}` as "periodErrors.required")
                  ? t(`periodErrors.${reason}` as "periodErrors.required")
                  : reason,
              })}
            </AlertDescription>
          </Alert>
        )}
      </div>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-6">
        <KpiCard label={t("kpi.views")} value={<span data-testid="kpi-views">{analytics.views}</span>} icon={<Eye />} />
        <KpiCard
          label={t("kpi.starts")}
          value={<span data-testid="kpi-starts">{analytics.starts}</span>}
          detail={t("kpi.startsDetail", { rate: percent(analytics.views ? analytics.starts / analytics.views : 0) })}
          icon={<MousePointerClick />}
        />
        <KpiCard
          label={t("kpi.submissions")}
          value={<span data-testid="kpi-submissions">{analytics.submissions}</span>}
          icon={<FileCheck2 />}
        />
        <KpiCard
          label={t("kpi.conversion")}
          value={<span data-testid="kpi-conversion">{percent(analytics.conversionRate)}</span>}
          detail={t("kpi.conversionDetail")}
          icon={<Percent />}
        />
        <KpiCard
          label={t("kpi.abandonment")}
          value={<span data-testid="kpi-abandonment">{percent(analytics.abandonmentRate)}</span>}
          detail={t("kpi.abandonmentDetail", { count: analytics.abandoned })}
          icon={<LogOut />}
        />
        <KpiCard
          label={t("kpi.medianTime")}
          value={<span data-testid="kpi-median-time">{duration(analytics.medianCompletionMs)}</span>}
          detail={t("kpi.medianTimeDetail")}
          icon={<Clock />}
        />
      </div>

      {analytics.views === 0 ? (
        <EmptyState icon={<SearchX />} title={t("emptyTitle")} description={t("emptyHint")} data-testid="forms-empty" />
      ) : (
        <>
          <div className="grid gap-6 2xl:grid-cols-[3fr_2fr] [&>*]:min-w-0">
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("funnelTitle")}</CardTitle>
                <CardDescription>{t("funnelHint")}</CardDescription>
              </CardHeader>
              <CardContent>
                <figure
                  role="img"
                  aria-label={t("funnelChartLabel", { steps: chartSteps.map((s) => `${s.label} ${s.caption}`).join(", ") })}
                >
                  <FunnelChart
                    steps={chartSteps}
                    labels={{ sessions: t("tooltipSessions"), ofStarts: t("tooltipOfStarts"), dropOff: t("tooltipDropOff") }}
                  />
                </figure>
              </CardContent>
            </Card>
            <Card className="gap-0 pb-0">
              <CardHeader className="pb-4">
                <CardTitle as="h2">{t("stepsTitle")}</CardTitle>
              </CardHeader>
              <FunnelStepsTable steps={analytics.steps} />
            </Card>
          </div>
          <Card className="gap-0 pb-0">
            <CardHeader className="pb-4">
              <CardTitle as="h2">{t("errorsTitle")}</CardTitle>
              <CardDescription>{t("errorsHint")}</CardDescription>
            </CardHeader>
            <FrequentErrorsTable errors={analytics.errors} />
          </Card>
        </>
      )}
    </div>
  );
}
