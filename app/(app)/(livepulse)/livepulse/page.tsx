import { ArrowRight } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { comparatorSymbols } from "@/components/livepulse/alerts/alert-text";
import { alertText } from "@/components/livepulse/alerts/alert-text-server";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { LiveMetrics } from "@/components/livepulse/metrics/live-metrics";
import { StatusBadge } from "@/components/status/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";
import { formatDate } from "@/lib/format";
import { metricsSnapshot } from "@/lib/livepulse/metrics/snapshot";
import { livePulseSummary } from "@/lib/livepulse/queries";
import { channels } from "@/lib/realtime/channels";
import { getDateFormat } from "@/lib/date-format-server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Live Pulse" };
}

const monitorStatuses = ["UP", "DEGRADED", "DOWN", "UNKNOWN"] as const;

export default async function LivePulsePage() {
  const user = await requirePage("livepulse:read");
  const [snapshot, summary, t, tm, tStatus, locale, dates] = await Promise.all([
    metricsSnapshot(user),
    livePulseSummary(user),
    getTranslations("livepulse"),
    getTranslations("livepulseMetrics"),
    getTranslations("serviceStatus"),
    getLocale(),
    getDateFormat(),
  ]);
  const { tMetric, unit, nameOf, alertName, origin } = await alertText();
  return (
    <div className="flex flex-col gap-8">
      {/* Figures re-read themselves; alerts and monitors re-read the page. */}
      <LiveRefresh channel={channels.livepulse} events={["alert.updated", "monitor.updated"]} />
      <PageHeader title={t("title")} description={t("subtitle")} />
      <ClientMessages namespaces={["livepulseMetrics"]}>
        <LiveMetrics initial={snapshot} locale={locale} />
      </ClientMessages>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card data-testid="overview-alerts">
          <CardHeader className="flex flex-row items-center justify-between gap-3">
            <CardTitle as="h2">
              {tm("openAlerts")} <span className="text-muted-foreground tabular-nums">({summary.openAlerts})</span>
            </CardTitle>
            <Button asChild variant="ghost" size="sm">
              <Link href="/livepulse/alerts">
                {tm("seeAlerts")} <ArrowRight />
              </Link>
            </Button>
          </CardHeader>
          <CardContent>
            {summary.alerts.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noAlerts")}</p>
            ) : (
              <ul className="divide-y">
                {summary.alerts.map((alert) => (
                  <li key={alert.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 py-3">
                    <div className="min-w-0">
                      <p className="truncate font-medium">{alertName(alert)}</p>
                      <p className="truncate text-xs text-muted-foreground">
                        {alert.rule && alert.value !== null ? (
                          <>
                            {tMetric(alert.rule.metric)} {unit(alert.rule.metric, alert.value)} {comparatorSymbols[alert.rule.comparator]}{" "}
                            {unit(alert.rule.metric, alert.rule.threshold)}
                          </>
                        ) : (
                          origin(alert)
                        )}{" "}
                        · {formatDate(alert.firedAt, dates, true)}
                      </p>
                    </div>
                    <div className="flex shrink-0 flex-wrap gap-2">
                      <StatusBadge kind="alertStatus" value={alert.status} />
                      <StatusBadge kind="alertSeverity" value={alert.severity} />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card data-testid="overview-monitors">
          <CardHeader className="flex flex-row items-center justify-between gap-3">
            <CardTitle as="h2">
              {tm("monitors")} <span className="text-muted-foreground tabular-nums">({summary.monitorTotal})</span>
            </CardTitle>
            <Button asChild variant="ghost" size="sm">
              <Link href="/livepulse/services">
                {tm("seeServices")} <ArrowRight />
              </Link>
            </Button>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {summary.monitorTotal === 0 ? (
              <p className="text-sm text-muted-foreground">{t("noServices")}</p>
            ) : (
              <>
                <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
                  {monitorStatuses.map((status) => (
                    <div key={status} className="rounded-lg border px-3 py-2">
                      <dt className="text-xs text-muted-foreground">{tStatus(status)}</dt>
                      <dd className="text-xl font-semibold tabular-nums">{summary.byStatus[status]}</dd>
                    </div>
                  ))}
                </dl>
                {summary.monitors.length > 0 && (
                  <ul className="divide-y">
                    {summary.monitors.map((monitor) => (
                      <li key={monitor.id} className="flex items-center justify-between gap-3 py-3">
                        <div className="min-w-0">
                          <p className="truncate font-medium">{nameOf(monitor)}</p>
                          <p className="text-xs text-muted-foreground">
                            {monitor.lastCheckedAt
                              ? t("lastChecked", { time: formatDate(monitor.lastCheckedAt, dates, true) })
                              : t("neverChecked")}
                            {monitor.lastLatencyMs !== null && ` · ${t("latency", { ms: monitor.lastLatencyMs })}`}
                          </p>
                        </div>
                        <StatusBadge kind="serviceStatus" value={monitor.lastStatus} />
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
