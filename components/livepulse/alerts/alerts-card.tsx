import { BellOff } from "lucide-react";
import Link from "next/link";
import { comparatorSymbols } from "@/components/livepulse/alerts/alert-text";
import { alertText } from "@/components/livepulse/alerts/alert-text-server";
import { StatusBadge } from "@/components/status/status-badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { AcknowledgeButton } from "@/components/livepulse/alerts/acknowledge-button";
import { DeclareFromAlert } from "@/components/livepulse/incidents/declare-from-alert";
import { Button } from "@/components/ui/button";
import { env } from "@/lib/env";
import type { listAlerts } from "@/lib/livepulse/alerts/queries";
import type { AlertListQuery } from "@/lib/livepulse/alerts/schemas";
import { cn } from "@/lib/utils";
import { getDateFormat } from "@/lib/date-format-server";

const tabs = ["open", "all"] as const;

/** The alerts of the chosen tab, a page at a time, with acknowledgement where the role allows it. */
export async function AlertsCard({
  alerts,
  query,
  firing,
  acknowledge,
  declare,
  incidents,
}: {
  alerts: Awaited<ReturnType<typeof listAlerts>>;
  query: AlertListQuery;
  firing: number;
  acknowledge: boolean;
  /** Whether the reader may declare incidents (from open alerts). */
  declare: boolean;
  /** The open incident declared from each alert, by alert id. */
  incidents: Map<string, string>;
}) {
  const { t, tMetric, unit, nameOf, alertName, origin } = await alertText();
  const dates = await getDateFormat();
  const pages = Math.max(1, Math.ceil(alerts.total / alerts.pageSize));
  const pageHref = (page: number) =>
    `/livepulse/alerts?${new URLSearchParams({ status: query.status, ...(page > 1 ? { page: String(page) } : {}) })}`;

  return (
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
              <TableHead className="hidden sm:table-cell">{t("columns.value")}</TableHead>
              <TableHead className="hidden md:table-cell">{t("columns.fired")}</TableHead>
              <TableHead>{t("columns.status")}</TableHead>
              <TableHead className="hidden pr-6 text-right sm:table-cell">
                <span className="sr-only">{t("columns.actions")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {alerts.items.map((alert) => {
              const open = alert.status === "FIRING" || alert.status === "ACKNOWLEDGED";
              const name = alertName(alert);
              const value = alert.rule && alert.value !== null ? unit(alert.rule.metric, alert.value) : "—";
              return (
                <TableRow key={alert.id} data-testid="alert-row" data-status={alert.status} data-alert-id={alert.id}>
                  <TableCell className="pl-6">
                    <div className="flex flex-wrap items-center gap-2">
                      <StatusBadge kind="alertSeverity" value={alert.severity} />
                      <span className="font-medium break-words" data-testid="alert-name">
                        {name}
                      </span>
                    </div>
                    {alert.rule ? (
                      <p className="mt-1 text-xs text-muted-foreground">
                        {tMetric(alert.rule.metric)} {comparatorSymbols[alert.rule.comparator]}{" "}
                        {unit(alert.rule.metric, alert.rule.threshold)} · {t("window", { minutes: alert.rule.windowMinutes })}
                      </p>
                    ) : (
                      <>
                        <p className="mt-1 text-xs break-words text-muted-foreground" data-testid="alert-origin">
                          {origin(alert)}
                          {alert.serviceCheck && ` · ${nameOf(alert.serviceCheck)}`}
                          {alert.link && (
                            <>
                              {" · "}
                              <a href={alert.link} target="_blank" rel="noreferrer" className="hover:text-foreground hover:underline">
                                {t("sourceLink")}
                              </a>
                            </>
                          )}
                        </p>
                        {alert.details && (
                          <p className="mt-1 line-clamp-2 max-w-prose text-xs break-words text-muted-foreground">{alert.details}</p>
                        )}
                      </>
                    )}
                    {/* On a phone the value rides here, and the action under the state. */}
                    {alert.rule && <p className="mt-1 text-sm font-medium tabular-nums sm:hidden">{value}</p>}
                  </TableCell>
                  <TableCell className="hidden font-medium tabular-nums sm:table-cell">{value}</TableCell>
                  <TableCell className="hidden text-muted-foreground md:table-cell">
                    {formatDate(alert.firedAt, dates, true)}
                    {alert.resolvedAt && <p className="text-xs">{t("resolvedAt", { date: formatDate(alert.resolvedAt, dates, true) })}</p>}
                  </TableCell>
                  <TableCell>
                    <StatusBadge kind="alertStatus" value={alert.status} />
                    {alert.maintenance && (
                      <p className="mt-1 max-w-48 text-xs break-words text-muted-foreground" data-testid="alert-maintenance">
                        <Link href="/livepulse/maintenance" className="hover:text-foreground hover:underline">
                          {t("suppressedBy", { title: alert.maintenance.title })}
                        </Link>
                      </p>
                    )}
                    {alert.acknowledgedAt && (
                      <p className="mt-1 text-xs text-muted-foreground">
                        {t("acknowledgedBy", {
                          name: alert.acknowledgedBy?.name ?? "—",
                          date: formatDate(alert.acknowledgedAt, dates, true),
                        })}
                      </p>
                    )}
                    {((acknowledge && alert.status === "FIRING") || (declare && open)) && (
                      <div className="mt-2 flex flex-col items-start gap-2 sm:hidden">
                        {acknowledge && alert.status === "FIRING" && <AcknowledgeButton id={alert.id} alertName={name} />}
                        {declare && open && <DeclareFromAlert alertId={alert.id} alertName={name} incidentId={incidents.get(alert.id)} />}
                      </div>
                    )}
                  </TableCell>
                  <TableCell className="hidden pr-6 text-right sm:table-cell">
                    <div className="flex flex-wrap justify-end gap-2">
                      {acknowledge && alert.status === "FIRING" && <AcknowledgeButton id={alert.id} alertName={name} />}
                      {declare && open && <DeclareFromAlert alertId={alert.id} alertName={name} incidentId={incidents.get(alert.id)} />}
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
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
  );
}
