"use client";

import { Activity, FileCheck2, Gauge, LifeBuoy, TriangleAlert, UserPlus, Users } from "lucide-react";
import { useTimeZone, useTranslations } from "next-intl";
import type { MetricsSnapshot } from "@/lib/livepulse/metrics/snapshot";
import { MetricCard } from "./metric-card";
import { Sparkline, type SparkPoint } from "./sparkline";
import { useLiveSnapshot } from "./use-live-snapshot";

const colors = { traffic: "var(--chart-1)", latency: "var(--chart-2)", errors: "var(--destructive)", business: "var(--chart-3)" };

function Empty({ text }: { text: string }) {
  return <p className="flex h-12 items-center text-xs text-muted-foreground">{text}</p>;
}

/** The overview's measured figures, live: traffic of the last hour, business of the last day. */
export function LiveMetrics({ initial, locale }: { initial: MetricsSnapshot; locale: string }) {
  const t = useTranslations("livepulseMetrics");
  const { snapshot, failed } = useLiveSnapshot(initial);
  const timeZone = useTimeZone();
  const intl = locale === "fr" ? "fr-FR" : "en-GB";
  const number = new Intl.NumberFormat(intl, { maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(intl, { maximumFractionDigits: 0 });
  const time = new Intl.DateTimeFormat(intl, { hour: "2-digit", minute: "2-digit", timeZone });
  const clock = new Intl.DateTimeFormat(intl, { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone });

  const { current, byKind, minutes, hours } = snapshot;
  const minuteLabel = (iso: string) => time.format(new Date(iso));
  const perMinute = (pick: (m: MetricsSnapshot["minutes"][number]) => number): SparkPoint[] =>
    minutes.map((m) => ({ label: minuteLabel(m.minute), value: pick(m) }));
  const perHour = (pick: (h: MetricsSnapshot["hours"][number]) => number): SparkPoint[] =>
    hours.map((h) => ({ label: minuteLabel(h.hour), value: pick(h) }));
  const hadTraffic = minutes.some((m) => m.requests > 0);
  const trafficTrend = (data: SparkPoint[], color: string, format: (n: number) => string) =>
    hadTraffic ? <Sparkline data={data} variant="area" color={color} format={format} /> : <Empty text={t("noTraffic")} />;
  const businessTrend = (data: SparkPoint[]) =>
    data.some((p) => p.value > 0) ? (
      <Sparkline data={data} variant="bars" color={colors.business} format={(n) => whole.format(n)} />
    ) : (
      <Empty text={t("noBusiness")} />
    );
  const ms = (n: number) => t("ms", { value: whole.format(n) });
  const pct = (n: number) => t("percent", { value: number.format(n) });

  return (
    <div className="flex flex-col gap-8" aria-live="polite">
      <section className="flex flex-col gap-4" aria-labelledby="traffic-title">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <h2 id="traffic-title" className="text-lg font-semibold">
              {t("traffic")}
            </h2>
            <p className="text-sm text-muted-foreground">{t("trafficHint")}</p>
          </div>
          <p className="text-xs text-muted-foreground" data-testid="metrics-updated">
            {failed ? t("refreshFailed") : t("updatedAt", { time: clock.format(new Date(snapshot.generatedAt)) })}
          </p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
          <MetricCard
            testId="metric-requests"
            label={t("requestsPerMinute")}
            value={number.format(current.REQUESTS_PER_MINUTE)}
            detail={t("byKind", {
              page: number.format(byKind.PAGE.requestsPerMinute),
              action: number.format(byKind.ACTION.requestsPerMinute),
              api: number.format(byKind.API.requestsPerMinute),
            })}
            icon={<Activity />}
            trend={trafficTrend(
              perMinute((m) => m.requests),
              colors.traffic,
              (n) => t("perMinute", { value: whole.format(n) }),
            )}
          />
          <MetricCard
            testId="metric-latency"
            label={t("p95Latency")}
            value={ms(current.P95_LATENCY_MS)}
            detail={t("latencyHint")}
            icon={<Gauge />}
            trend={trafficTrend(
              perMinute((m) => m.p95LatencyMs),
              colors.latency,
              ms,
            )}
          />
          <MetricCard
            testId="metric-errors"
            label={t("errorRate")}
            value={pct(current.ERROR_RATE)}
            detail={t("errorsHint")}
            icon={<TriangleAlert />}
            trend={trafficTrend(
              perMinute((m) => m.errorRate),
              colors.errors,
              pct,
            )}
          />
          <MetricCard
            testId="metric-active-users"
            label={t("activeUsers")}
            value={whole.format(current.ACTIVE_USERS)}
            detail={t("activeUsersHint")}
            icon={<Users />}
          />
        </div>
      </section>
      <section className="flex flex-col gap-4" aria-labelledby="business-title">
        <div>
          <h2 id="business-title" className="text-lg font-semibold">
            {t("business")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("businessHint")}</p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          <MetricCard
            testId="metric-submissions"
            label={t("formSubmissions")}
            value={number.format(current.FORM_SUBMISSIONS_PER_HOUR)}
            icon={<FileCheck2 />}
            trend={businessTrend(perHour((h) => h.formSubmissions))}
          />
          <MetricCard
            testId="metric-leads"
            label={t("newLeads")}
            value={number.format(current.NEW_LEADS_PER_HOUR)}
            icon={<UserPlus />}
            trend={businessTrend(perHour((h) => h.newLeads))}
          />
          <MetricCard
            testId="metric-tickets"
            label={t("newTickets")}
            value={number.format(current.NEW_TICKETS_PER_HOUR)}
            icon={<LifeBuoy />}
            trend={businessTrend(perHour((h) => h.newTickets))}
          />
        </div>
      </section>
    </div>
  );
}
