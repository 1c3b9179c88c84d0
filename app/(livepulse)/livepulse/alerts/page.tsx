import { BellOff, BellRing } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LiveRefresh } from "@/components/live/live-refresh";
import { AcknowledgeButton } from "@/components/livepulse/alerts/acknowledge-button";
import { comparatorSymbols, valueWithUnit } from "@/components/livepulse/alerts/alert-text";
import { DeleteRuleButton } from "@/components/livepulse/alerts/delete-rule-button";
import { RuleFormDialog } from "@/components/livepulse/alerts/rule-form-dialog";
import { StatusBadge } from "@/components/status/status-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { firingAlerts, listAlerts, listAlertRules, listMonitorOptions } from "@/lib/livepulse/alerts/queries";
import { alertListQuery, type AlertMetricName } from "@/lib/livepulse/alerts/schemas";
import { channels } from "@/lib/realtime/channels";
import { cn } from "@/lib/utils";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livepulseAlerts"))("title") };
}

const tabs = ["open", "all"] as const;

export default async function AlertsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("livepulse:read");
  const parsed = alertListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : alertListQuery.parse({});
  const manage = can(user.role, "livepulse:manage");
  const acknowledge = can(user.role, "livepulse:acknowledge");
  const [alerts, rules, firing, monitors, t, tMetric, tUnit, locale] = await Promise.all([
    listAlerts(user, query),
    listAlertRules(user),
    firingAlerts(user),
    manage ? listMonitorOptions(user) : Promise.resolve([]),
    getTranslations("livepulseAlerts"),
    getTranslations("alertMetric"),
    getTranslations("alertUnit"),
    getLocale(),
  ]);
  const unit = (metric: string, value: number) => valueWithUnit(metric as AlertMetricName, value, tUnit as never);
  const pages = Math.max(1, Math.ceil(alerts.total / alerts.pageSize));
  const pageHref = (page: number) =>
    `/livepulse/alerts?${new URLSearchParams({ status: query.status, ...(page > 1 ? { page: String(page) } : {}) })}`;

  return (
    <ClientMessages namespaces={["livepulseAlerts", "alertMetric", "alertComparator", "alertSeverity"]}>
      <LiveRefresh channel={channels.livepulse} events={["alert.updated"]} />
      <div className="flex flex-col gap-6">
        <PageHeader
          title={t("title")}
          description={t("subtitle")}
          className="pb-0"
          actions={manage ? <RuleFormDialog monitors={monitors} /> : undefined}
        />

        <Card className="gap-0 py-0">
          <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-3 border-b py-4">
            <nav aria-label={t("tabs")} className="flex gap-1 rounded-lg bg-muted p-1">
              {tabs.map((tab) => {
                const active = query.status === tab || (tab === "all" && query.status !== "open");
                return (
                  <Link
                    key={tab}
                    href={`/livepulse/alerts?status=${tab}`}
                    aria-current={active ? "page" : undefined}
                    className={cn(
                      "rounded-md px-3 py-1 text-sm font-medium text-muted-foreground hover:text-foreground",
                      active && "bg-background text-foreground shadow-sm",
                    )}
                  >
                    {tab === "open" ? t("tabOpen") : t("tabAll")}
                  </Link>
                );
              })}
            </nav>
            <span className="text-sm text-muted-foreground" data-testid="firing-count">
              {t("firingCount", { count: firing })}
            </span>
          </CardHeader>
          {alerts.items.length === 0 ? (
            <CardContent className="py-6">
              <EmptyState
                icon={<BellOff />}
                title={query.status === "open" ? t("emptyOpen") : t("emptyAll")}
                description={t("emptyHint", { seconds: env.alertEvaluationMs / 1000 })}
                className="border-0"
              />
            </CardContent>
          ) : (
            <Table>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("columns.alert")}</TableHead>
                  <TableHead>{t("columns.value")}</TableHead>
                  <TableHead className="hidden md:table-cell">{t("columns.fired")}</TableHead>
                  <TableHead>{t("columns.status")}</TableHead>
                  <TableHead className="pr-6 text-right">
                    <span className="sr-only">{t("columns.actions")}</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {alerts.items.map((alert) => (
                  <TableRow key={alert.id} data-testid="alert-row" data-status={alert.status} data-alert-id={alert.id}>
                    <TableCell className="pl-6">
                      <div className="flex items-center gap-2">
                        <StatusBadge kind="alertSeverity" value={alert.severity} />
                        <span className="font-medium">{alert.rule.name}</span>
                      </div>
                      <p className="mt-1 text-xs text-muted-foreground">
                        {tMetric(alert.rule.metric)} {comparatorSymbols[alert.rule.comparator]}{" "}
                        {unit(alert.rule.metric, alert.rule.threshold)} · {t("window", { minutes: alert.rule.windowMinutes })}
                      </p>
                    </TableCell>
                    <TableCell className="font-medium tabular-nums">{unit(alert.rule.metric, alert.value)}</TableCell>
                    <TableCell className="hidden text-muted-foreground md:table-cell">
                      {formatDate(alert.firedAt, locale, true)}
                      {alert.resolvedAt && (
                        <p className="text-xs">{t("resolvedAt", { date: formatDate(alert.resolvedAt, locale, true) })}</p>
                      )}
                    </TableCell>
                    <TableCell>
                      <StatusBadge kind="alertStatus" value={alert.status} />
                      {alert.acknowledgedAt && (
                        <p className="mt-1 text-xs text-muted-foreground">
                          {t("acknowledgedBy", {
                            name: alert.acknowledgedBy?.name ?? "—",
                            date: formatDate(alert.acknowledgedAt, locale, true),
                          })}
                        </p>
                      )}
                    </TableCell>
                    <TableCell className="pr-6 text-right">
                      {acknowledge && alert.status === "FIRING" && <AcknowledgeButton id={alert.id} ruleName={alert.rule.name} />}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {alerts.total > alerts.pageSize && (
            <nav aria-label={t("pagination")} className="flex items-center justify-between gap-3 border-t px-6 py-3 text-sm">
              <span className="text-muted-foreground">{t("pageOf", { page: alerts.page, pages, total: alerts.total })}</span>
              <div className="flex gap-2">
                <Button
                  asChild
                  variant="outline"
                  size="sm"
                  aria-disabled={alerts.page <= 1}
                  className={cn(alerts.page <= 1 && "pointer-events-none opacity-50")}
                >
                  <Link href={pageHref(alerts.page - 1)}>{t("previous")}</Link>
                </Button>
                <Button
                  asChild
                  variant="outline"
                  size="sm"
                  aria-disabled={alerts.page >= pages}
                  className={cn(alerts.page >= pages && "pointer-events-none opacity-50")}
                >
                  <Link href={pageHref(alerts.page + 1)}>{t("next")}</Link>
                </Button>
              </div>
            </nav>
          )}
        </Card>

        <Card className="gap-0 pb-0">
          <CardHeader className="pb-4">
            <CardTitle as="h2">{t("rulesTitle")}</CardTitle>
            <CardDescription>{manage ? t("rulesHintAdmin") : t("rulesHint")}</CardDescription>
          </CardHeader>
          {rules.length === 0 ? (
            <CardContent className="pb-6">
              <EmptyState icon={<BellRing />} title={t("noRules")} titleAs="p" />
            </CardContent>
          ) : (
            <Table>
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead className="pl-6">{t("columns.rule")}</TableHead>
                  <TableHead>{t("columns.condition")}</TableHead>
                  <TableHead className="hidden md:table-cell">{t("columns.lastValue")}</TableHead>
                  <TableHead>{t("columns.state")}</TableHead>
                  {manage && (
                    <TableHead className="pr-6 text-right">
                      <span className="sr-only">{t("columns.actions")}</span>
                    </TableHead>
                  )}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rules.map((rule) => (
                  <TableRow key={rule.id} data-testid="rule-row">
                    <TableCell className="pl-6">
                      <div className="flex items-center gap-2">
                        <StatusBadge kind="alertSeverity" value={rule.severity} />
                        <span className="font-medium">{rule.name}</span>
                      </div>
                    </TableCell>
                    <TableCell className="text-sm">
                      {tMetric(rule.metric)}
                      {rule.serviceCheck && <span className="text-muted-foreground"> ({rule.serviceCheck.name})</span>}{" "}
                      {comparatorSymbols[rule.comparator]} {unit(rule.metric, rule.threshold)}
                      <span className="text-muted-foreground"> · {t("window", { minutes: rule.windowMinutes })}</span>
                    </TableCell>
                    <TableCell className="hidden text-sm tabular-nums md:table-cell">
                      {rule.lastValue === null ? (
                        <span className="text-muted-foreground">{rule.evaluable ? t("notYet") : t("notMeasured")}</span>
                      ) : (
                        <>
                          {unit(rule.metric, rule.lastValue)}
                          {rule.lastEvaluatedAt && (
                            <p className="text-xs text-muted-foreground">{formatDate(rule.lastEvaluatedAt, locale, true)}</p>
                          )}
                        </>
                      )}
                    </TableCell>
                    <TableCell>
                      {!rule.enabled ? (
                        <Badge variant="secondary">{t("disabled")}</Badge>
                      ) : rule.open ? (
                        <StatusBadge kind="alertStatus" value={rule.open.status} />
                      ) : (
                        <Badge variant="outline">{t("quiet")}</Badge>
                      )}
                    </TableCell>
                    {manage && (
                      <TableCell className="pr-6 text-right whitespace-nowrap">
                        <RuleFormDialog
                          monitors={monitors}
                          rule={{
                            id: rule.id,
                            name: rule.name,
                            metric: rule.metric,
                            comparator: rule.comparator,
                            threshold: rule.threshold,
                            windowMinutes: rule.windowMinutes,
                            severity: rule.severity,
                            enabled: rule.enabled,
                            serviceCheckId: rule.serviceCheckId,
                          }}
                        />
                        <DeleteRuleButton id={rule.id} name={rule.name} />
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
