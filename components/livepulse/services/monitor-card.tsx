import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { MonitorView } from "@/lib/livepulse/monitors/queries";
import { cn } from "@/lib/utils";
import { daysLeft, parseKeywordError } from "@/lib/livepulse/monitors/status";
import { CheckNowButton } from "./check-now-button";
import { ConfirmDeleteButton } from "@/components/forms/confirm-delete-button";
import { deleteMonitorAction } from "@/lib/livepulse/monitors/actions";
import { labelledAxis } from "@/components/charts/value-axis";
import { timeTicks } from "@/components/charts/time-ticks";
import { LatencyChart } from "./latency-chart";
import { MonitorFormDialog } from "./monitor-form-dialog";
import { getDateFormat } from "@/lib/date-format-server";
import { livepulseNames } from "../names-server";
import { PublicationDialog } from "./publication-dialog";

/** A monitor's place on the public status page, when it has one. */
export type MonitorPublication = { published: boolean; nameFr: string; nameEn: string; planIds: string[] };

const DAY = 86_400_000;

/** How soon a certificate expiry calls for attention: danger when expired or under 3 days, warning under 14. */
function certTone(days: number): string {
  if (days < 3) return "text-destructive";
  if (days < 14) return "text-warning";
  return "text-muted-foreground";
}

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-base font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** One monitor: its state, figures, latency over the last day, latest error; admins get its actions. */
export async function MonitorCard({
  monitor,
  now,
  locale,
  manage,
  publication,
  plans,
}: {
  monitor: MonitorView;
  now: number;
  locale: string;
  manage: boolean;
  publication: MonitorPublication | null;
  /** The hosting plans a publication may be tied to (admins). */
  plans: Array<{ id: string; name: string }>;
}) {
  const t = await getTranslations("livepulseServices");
  const tKind = await getTranslations("serviceCheckKind");
  const tPublication = await getTranslations("statusPublication");
  const dates = await getDateFormat();
  const clock = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: dates.timeZone,
  });
  const name = (await livepulseNames())(monitor);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const ms = (value: number | null) => (value === null ? t("none") : t("ms", { value: number.format(value) }));
  const percent = (value: number | null) => (value === null ? t("none") : t("percent", { value: number.format(value) }));
  const target = monitor.builtin ? t(`targets.${monitor.kind as "DATABASE"}`) : monitor.target;
  const measuresLatency = monitor.kind !== "MEMORY";
  const hasLatency = monitor.history.some((p) => p.latencyMs !== null);
  const certDays = monitor.certExpiresAt ? daysLeft(monitor.certExpiresAt, new Date(now)) : null;
  const keywordFailure = monitor.lastError ? parseKeywordError(monitor.lastError) : null;

  return (
    <Card
      className={cn("gap-4", !monitor.enabled && "opacity-70")}
      data-testid="monitor-card"
      data-monitor-id={monitor.id}
      data-status={monitor.status}
    >
      <CardHeader className="flex flex-row items-start justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <CardTitle as="h2" className="truncate text-base">
              {name}
            </CardTitle>
            {monitor.builtin ? <Badge variant="secondary">{t("builtin")}</Badge> : <Badge variant="outline">{tKind(monitor.kind)}</Badge>}
            {!monitor.enabled && <Badge variant="secondary">{t("disabled")}</Badge>}
            {publication?.published && (
              <Badge variant="info" data-testid="monitor-public">
                {tPublication("badge")}
              </Badge>
            )}
          </div>
          <p className={cn("truncate text-xs text-muted-foreground", !monitor.builtin && "font-mono")} title={target}>
            {target}
            <span className="font-sans">
              {" · "}
              {t("every", { seconds: monitor.intervalSeconds })}
              {monitor.kind === "HTTP" && monitor.expectedStatus !== null && ` · ${t("expects", { status: monitor.expectedStatus })}`}
            </span>
          </p>
          {monitor.keyword && (
            <p className="truncate text-xs text-muted-foreground" data-testid="monitor-keyword" title={monitor.keyword}>
              {t(monitor.keywordMode === "ABSENT" ? "keywordAbsent" : "keywordPresent", { keyword: monitor.keyword })}
            </p>
          )}
        </div>
        <div className="flex shrink-0 items-center gap-1">
          <StatusBadge kind="serviceStatus" value={monitor.status} />
          {manage && (
            <>
              <CheckNowButton id={monitor.id} name={name} />
              <PublicationDialog monitorId={monitor.id} name={name} publication={publication} plans={plans} />
              <MonitorFormDialog
                monitor={{
                  id: monitor.id,
                  name,
                  savedName: monitor.name,
                  kind: monitor.kind,
                  target: monitor.target,
                  expectedStatus: monitor.expectedStatus,
                  keyword: monitor.keyword,
                  keywordMode: monitor.keywordMode,
                  timeoutMs: monitor.timeoutMs,
                  intervalSeconds: monitor.intervalSeconds,
                  enabled: monitor.enabled,
                  builtin: monitor.builtin,
                }}
              />
              {!monitor.builtin && (
                <ConfirmDeleteButton messages="livepulseServices.delete" id={monitor.id} name={name} action={deleteMonitorAction} />
              )}
            </>
          )}
        </div>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <dl className="grid grid-cols-3 gap-3">
          <Figure label={monitor.kind === "EVENT_LOOP" ? t("lag") : t("latency")} value={ms(monitor.latencyMs)} testId="monitor-latency" />
          <Figure label={t("uptime24h")} value={percent(monitor.uptime24h)} testId="monitor-uptime-24h" />
          <Figure label={t("uptime7d")} value={percent(monitor.uptime7d)} testId="monitor-uptime-7d" />
        </dl>
        <figure className="flex flex-col gap-1">
          <figcaption className="text-xs text-muted-foreground">{t("chartTitle")}</figcaption>
          {!measuresLatency ? (
            <p className="flex h-24 items-center justify-center rounded-md border border-dashed text-xs text-muted-foreground">
              {t("chartNoLatency")}
            </p>
          ) : !hasLatency ? (
            <p className="flex h-24 items-center justify-center rounded-md border border-dashed text-xs text-muted-foreground">
              {t("chartEmpty")}
            </p>
          ) : (
            <div role="img" aria-label={t("chartLabel", { name: name })}>
              <LatencyChart
                points={monitor.history}
                from={now - DAY}
                to={now}
                axis={labelledAxis(
                  monitor.history.map((p) => p.latencyMs),
                  (value) => number.format(value),
                  // Two steps: the plot is short.
                  { whole: true, count: 2 },
                )}
                timeLabels={timeTicks(now - DAY, now).map((time) => ({ time, label: clock.format(time) }))}
                locale={locale}
                downLabel={t("chartDown")}
              />
            </div>
          )}
        </figure>
        <div className="flex flex-col gap-1 text-xs">
          {monitor.lastError && (
            <p className="rounded-md bg-destructive/10 px-2 py-1.5 text-destructive" data-testid="monitor-error">
              <span className="font-medium">{t("lastError")}</span>{" "}
              {keywordFailure ? (
                <span className="break-all">
                  {t(keywordFailure.found ? "keywordFound" : "keywordNotFound", { keyword: keywordFailure.keyword })}
                </span>
              ) : (
                <span className="font-mono break-all">{monitor.lastError}</span>
              )}
            </p>
          )}
          {monitor.certExpiresAt && certDays !== null && (
            <p
              className={cn("font-medium", certTone(certDays))}
              data-testid="monitor-cert"
              data-days={certDays}
              title={formatDate(monitor.certExpiresAt, dates, true)}
            >
              {certDays < 0 ? t("certExpired", { days: -certDays }) : t("certExpiresIn", { days: certDays })}
            </p>
          )}
          <p className="text-muted-foreground" data-testid="monitor-checked">
            {monitor.lastCheckedAt ? t("checkedAt", { date: formatDate(monitor.lastCheckedAt, dates, true) }) : t("neverChecked")}
          </p>
        </div>
      </CardContent>
    </Card>
  );
}
