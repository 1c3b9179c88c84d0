import { BellRing } from "lucide-react";
import { comparatorSymbols } from "@/components/livepulse/alerts/alert-text";
import { alertText } from "@/components/livepulse/alerts/alert-text-server";
import { StatusBadge } from "@/components/status/status-badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { ConfirmDeleteButton } from "@/components/forms/confirm-delete-button";
import { deleteAlertRuleAction } from "@/lib/livepulse/alerts/actions";
import { RuleFormDialog, type ChannelOption } from "@/components/livepulse/alerts/rule-form-dialog";
import { Badge } from "@/components/ui/badge";
import type { listAlertRules } from "@/lib/livepulse/alerts/queries";
import { getDateFormat } from "@/lib/date-format-server";

/** Every rule with its condition, latest value and state; admins edit and delete them here. */
export async function RulesCard({
  rules,
  monitors,
  channels,
  manage,
}: {
  rules: Awaited<ReturnType<typeof listAlertRules>>;
  monitors: Array<{ id: string; name: string }>;
  channels: ChannelOption[];
  manage: boolean;
}) {
  const { t, tMetric, unit, nameOf } = await alertText();
  const dates = await getDateFormat();

  const condition = (rule: (typeof rules)[number]) => (
    <>
      {tMetric(rule.metric)}
      {rule.serviceCheck && <span className="text-muted-foreground"> ({nameOf(rule.serviceCheck)})</span>}{" "}
      {comparatorSymbols[rule.comparator]} {unit(rule.metric, rule.threshold)}
      <span className="text-muted-foreground"> · {t("window", { minutes: rule.windowMinutes })}</span>
    </>
  );

  return (
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
              <TableHead className="hidden sm:table-cell">{t("columns.condition")}</TableHead>
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
                  <div className="flex flex-wrap items-center gap-2">
                    <StatusBadge kind="alertSeverity" value={rule.severity} />
                    <span className="font-medium">{nameOf(rule)}</span>
                  </div>
                  {/* On a phone the condition rides under the name, so the state and actions stay in view. */}
                  <p className="mt-1 text-xs sm:hidden">{condition(rule)}</p>
                </TableCell>
                <TableCell className="hidden text-sm sm:table-cell">
                  {condition(rule)}
                  {rule.channels.length > 0 && (
                    <p className="mt-1 text-xs text-muted-foreground">
                      {t("sentTo", { channels: rule.channels.map((channel) => nameOf(channel)).join(", ") })}
                    </p>
                  )}
                </TableCell>
                <TableCell className="hidden text-sm tabular-nums md:table-cell">
                  {rule.lastValue === null ? (
                    <span className="text-muted-foreground">{rule.evaluable ? t("notYet") : t("notMeasured")}</span>
                  ) : (
                    <>
                      {unit(rule.metric, rule.lastValue)}
                      {rule.lastEvaluatedAt && (
                        <p className="text-xs text-muted-foreground">{formatDate(rule.lastEvaluatedAt, dates, true)}</p>
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
                      channels={channels}
                      rule={{
                        id: rule.id,
                        name: nameOf(rule),
                        savedName: rule.name,
                        metric: rule.metric,
                        comparator: rule.comparator,
                        threshold: rule.threshold,
                        windowMinutes: rule.windowMinutes,
                        severity: rule.severity,
                        enabled: rule.enabled,
                        serviceCheckId: rule.serviceCheckId,
                        channelIds: rule.channels.map((channel) => channel.id),
                      }}
                    />
                    <ConfirmDeleteButton
                      messages="livepulseAlerts.delete"
                      id={rule.id}
                      name={nameOf(rule)}
                      action={deleteAlertRuleAction}
                    />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
