import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { Actor } from "@/lib/auth/roles";
import { crmTrends } from "@/lib/crm/analytics/trends";
import { leadSources } from "@/lib/crm/stages";
import { formatMoney } from "@/lib/format";
import { labelledAxis } from "@/components/charts/value-axis";
import { chartHeight } from "./chart-size";
import { LeadsPerWeekChart, WonPerMonthChart } from "./trend-charts";
import { sourceColors } from "./sources";

const WEEKS = 12;
const MONTHS = 12;

export type ChartTitles = { leads: string; leadsDescription: string; won: string; wonDescription: string; loading: string };

/** The charts' titles, also shown by their skeleton. */
export async function chartTitles(): Promise<ChartTitles> {
  const t = await getTranslations("dashboard.charts");
  return {
    leads: t("leadsPerWeek"),
    leadsDescription: t("leadsPerWeekDescription", { weeks: WEEKS }),
    won: t("wonPerMonth"),
    wonDescription: t("wonPerMonthDescription", { months: MONTHS }),
    loading: t("loading"),
  };
}

function ChartCard({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle as="h2">{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">{children}</CardContent>
    </Card>
  );
}

/** Same size as the charts: the page never jumps when they arrive. */
function ChartBodySkeleton({ legend }: { legend: number }) {
  return (
    <>
      <Skeleton className="w-full" style={{ height: chartHeight }} />
      <div className="flex min-h-5 flex-wrap gap-x-4 gap-y-1">
        {Array.from({ length: legend }, (_, i) => (
          <Skeleton key={i} className="h-4 w-20" />
        ))}
      </div>
    </>
  );
}

/** The Suspense fallback of the charts: their cards, titles and size, without figures. */
export function DashboardChartsSkeleton({ titles }: { titles: ChartTitles }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2" aria-busy="true" data-testid="dashboard-charts-loading">
      <span className="sr-only" role="status">
        {titles.loading}
      </span>
      <ChartCard title={titles.leads} description={titles.leadsDescription}>
        <ChartBodySkeleton legend={7} />
      </ChartCard>
      <ChartCard title={titles.won} description={titles.wonDescription}>
        <ChartBodySkeleton legend={1} />
      </ChartCard>
    </div>
  );
}

/**
 * The trend charts: read on the server in their own Suspense boundary and drawn there, their
 * tooltips added in the browser. Each chart has a visually hidden table with the same figures for
 * screen readers.
 */
export async function DashboardCharts({ user }: { user: Actor }) {
  const [trends, titles, t, tSource, locale] = await Promise.all([
    crmTrends(user, { weeks: WEEKS, months: MONTHS }),
    chartTitles(),
    getTranslations("dashboard.charts"),
    getTranslations("leadSource"),
    getLocale(),
  ]);
  const intlLocale = locale === "fr" ? "fr-FR" : "en-GB";
  const dayMonth = new Intl.DateTimeFormat(intlLocale, { day: "numeric", month: "short", timeZone: "UTC" });
  const longDay = new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium", timeZone: "UTC" });
  const shortMonth = new Intl.DateTimeFormat(intlLocale, { month: "short", year: "2-digit", timeZone: "UTC" });
  const longMonth = new Intl.DateTimeFormat(intlLocale, { month: "long", year: "numeric", timeZone: "UTC" });
  const count = new Intl.NumberFormat(locale);
  const euros = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-IE", {
    style: "currency",
    currency: "EUR",
    notation: "compact",
    maximumFractionDigits: 1,
  });

  const series = leadSources.map((source) => ({ key: source, name: tSource(source), color: sourceColors[source] }));
  const weekly = trends.leadsPerWeek.map((w) => {
    const date = new Date(`${w.week}T00:00:00Z`);
    return { label: dayMonth.format(date), tooltipLabel: t("weekOf", { date: longDay.format(date) }), total: w.total, ...w.bySource };
  });
  const usedSeries = series.filter((s) => trends.leadsPerWeek.some((w) => w.bySource[s.key] > 0));
  const monthly = trends.wonPerMonth.map((m) => {
    const date = new Date(`${m.month}-01T00:00:00Z`);
    return { label: shortMonth.format(date), tooltipLabel: longMonth.format(date), valueCents: m.valueCents, count: m.count };
  });

  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="dashboard-charts">
      <ChartCard title={titles.leads} description={titles.leadsDescription}>
        <div aria-hidden="true" data-testid="chart-leads-per-week">
          <LeadsPerWeekChart
            data={weekly}
            axis={labelledAxis(
              weekly.map((w) => w.total),
              (n) => count.format(n),
              { whole: true },
            )}
            series={series}
            totalLabel={t("total")}
            locale={locale}
          />
        </div>
        <ul className="flex min-h-5 flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-hidden="true">
          {(usedSeries.length ? usedSeries : series).map((s) => (
            <li key={s.key} className="flex items-center gap-1.5">
              <span className="size-2.5 rounded-sm" style={{ background: s.color }} />
              {s.name}
            </li>
          ))}
        </ul>
        <div className="sr-only">
          <table>
            <caption>{t("tableCaption", { title: titles.leads })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("week")}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.name}
                  </th>
                ))}
                <th scope="col">{t("total")}</th>
              </tr>
            </thead>
            <tbody>
              {weekly.map((w) => (
                <tr key={w.tooltipLabel}>
                  <th scope="row">{w.tooltipLabel}</th>
                  {series.map((s) => (
                    <td key={s.key}>{w[s.key]}</td>
                  ))}
                  <td>{w.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ChartCard>
      <ChartCard title={titles.won} description={titles.wonDescription}>
        <div aria-hidden="true" data-testid="chart-won-per-month">
          <WonPerMonthChart
            data={monthly}
            axis={labelledAxis(
              monthly.map((m) => m.valueCents / 100),
              (n) => euros.format(n),
            )}
            locale={locale}
            valueLabel={t("wonValue")}
            countLabel={t("wonCount")}
          />
        </div>
        <ul className="flex min-h-5 flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-hidden="true">
          <li className="flex items-center gap-1.5">
            <span className="size-2.5 rounded-sm" style={{ background: "var(--chart-2)" }} />
            {t("wonValue")}
          </li>
        </ul>
        <div className="sr-only">
          <table>
            <caption>{t("tableCaption", { title: titles.won })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("month")}</th>
                <th scope="col">{t("wonValue")}</th>
                <th scope="col">{t("wonCount")}</th>
              </tr>
            </thead>
            <tbody>
              {monthly.map((m) => (
                <tr key={m.tooltipLabel}>
                  <th scope="row">{m.tooltipLabel}</th>
                  <td>{formatMoney(m.valueCents, locale)}</td>
                  <td>{m.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ChartCard>
    </div>
  );
}
