import { CheckCircle2, Circle, CircleDot, CircleX, LifeBuoy } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RequestEdits } from "@/components/hosting/requests/request-edits";
import { CancelRequestButton, StatusChangeForm } from "@/components/hosting/requests/request-status-control";
import { ClientMessages } from "@/components/client-messages";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { BackLink } from "@/components/shell/back-link";
import { StatusBadge } from "@/components/status/status-badge";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { HistoryLink } from "@/components/audit/history-link";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatMoney } from "@/lib/format";
import { planNamesBySlug } from "@/lib/hosting/plans/queries";
import { nextStatuses, requestPath } from "@/lib/hosting/requests/status";
import { channels } from "@/lib/realtime/channels";
import { cn } from "@/lib/utils";
import { getDateFormat } from "@/lib/date-format-server";
import { requestRecord } from "./record";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record: request } = await requestRecord((await params).id);
  return { title: request.reference };
}

export default async function RequestDetailPage({ params, searchParams }: Props) {
  const [{ id }, { submitted }] = await Promise.all([params, searchParams]);
  const { user, record: request } = await requestRecord(id);
  const [t, tStatus, tReq, locale, dates] = await Promise.all([
    getTranslations("requestDetail"),
    getTranslations("requestStatus"),
    getTranslations("request"),
    getLocale(),
    getDateFormat(),
  ]);
  const money = (cents: number) => formatMoney(cents, locale);
  const next = nextStatuses(user.role, request.status);
  // Edits of the configuration keep the status: the status path shows the status changes only.
  const statusChanges = request.changes.filter((c) => c.edits === null);
  const edits = request.changes.filter((c) => c.edits !== null);
  const planNames = edits.some((c) => "planSlug" in (c.edits as object)) ? await planNamesBySlug() : new Map<string, string>();
  const reached = new Map(statusChanges.map((c) => [c.toStatus, c]));
  const finalOff = request.status === "REJECTED" || request.status === "CANCELLED";
  const steps = finalOff ? [...statusChanges.map((c) => c.toStatus)] : requestPath;

  return (
    <ClientMessages namespaces={["requestDetail"]}>
      <div className="flex flex-col gap-6">
        {/* A status changed elsewhere (by a seller, or in another tab) shows here at once. */}
        <LiveRefresh
          channel={user.role === "CUSTOMER" ? channels.user(user.id) : channels.pipeline}
          events={["request.updated"]}
          match={{ id: request.id }}
        />
        <BackLink href={user.role === "CUSTOMER" ? "/hosting" : "/crm/requests"}>
          {user.role === "CUSTOMER" ? t("back") : t("backStaff")}
        </BackLink>
        {submitted && (
          <Alert variant="success" role="status" data-testid="request-submitted">
            <CheckCircle2 aria-hidden="true" />
            <AlertTitle>{t("submittedTitle", { reference: request.reference })}</AlertTitle>
            <AlertDescription>{t("submittedDescription")}</AlertDescription>
          </Alert>
        )}
        <PageHeader
          title={
            <span className="flex flex-wrap items-center gap-3">
              <span className="font-mono">{request.reference}</span>
              <StatusBadge kind="requestStatus" value={request.status} />
            </span>
          }
          description={t("summary", {
            plan: request.plan.name,
            domain: request.domainName,
            date: formatDate(request.createdAt, dates, true),
          })}
          actions={
            <>
              <Button asChild variant="outline">
                <Link
                  href={`/${user.role === "CUSTOMER" ? "hosting" : "crm"}/tickets/new?${new URLSearchParams(user.role === "CUSTOMER" ? { request: request.id } : { customer: request.customerId, request: request.id })}`}
                >
                  <LifeBuoy aria-hidden="true" /> {t("openTicket")}
                </Link>
              </Button>
              {user.role === "CUSTOMER" && next.includes("CANCELLED") && <CancelRequestButton id={request.id} />}
              {can(user.role, "audit:read") && <HistoryLink entity="HostingRequest" entityId={request.id} />}
            </>
          }
        />
        <div className="grid gap-6 lg:grid-cols-[1fr_22rem] lg:items-start">
          <div className="flex flex-col gap-6">
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("timeline")}</CardTitle>
              </CardHeader>
              <CardContent>
                <ol className="flex flex-col gap-0" data-testid="request-timeline">
                  {steps.map((status, index) => {
                    const change = reached.get(status);
                    const current = status === request.status;
                    const Icon = !change
                      ? Circle
                      : status === "REJECTED" || status === "CANCELLED"
                        ? CircleX
                        : current
                          ? CircleDot
                          : CheckCircle2;
                    return (
                      <li key={`${status}-${index}`} className="relative flex gap-4 pb-6 last:pb-0">
                        {index < steps.length - 1 && (
                          <span className="absolute top-6 left-[11px] h-full w-px bg-border" aria-hidden="true" />
                        )}
                        <Icon
                          className={cn("relative size-6 shrink-0 bg-card", change ? "text-primary" : "text-muted-foreground/50")}
                          aria-hidden="true"
                        />
                        <div className="flex flex-col gap-0.5">
                          <span className={cn("font-medium", !change && "text-muted-foreground")}>{tStatus(status)}</span>
                          {change && (
                            <span className="text-xs text-muted-foreground">
                              {formatDate(change.createdAt, dates, true)}
                              {change.actor && ` · ${change.actor.name}`}
                            </span>
                          )}
                          {change?.comment && <p className="mt-1 rounded-md bg-muted px-3 py-2 text-sm">{change.comment}</p>}
                        </div>
                      </li>
                    );
                  })}
                </ol>
                <RequestEdits entries={edits} dates={dates} planNames={planNames} />
              </CardContent>
            </Card>
            {next.length > 0 && user.role !== "CUSTOMER" && (
              <Card>
                <CardHeader>
                  <CardTitle as="h2">{t("changeStatus")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <StatusChangeForm id={request.id} options={next.map((value) => ({ value, label: tStatus(value) }))} />
                </CardContent>
              </Card>
            )}
          </div>
          <Card>
            <CardHeader>
              <CardTitle as="h2">{t("configuration")}</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 text-sm">
                <dt className="text-muted-foreground">{tReq("plan")}</dt>
                <dd className="text-right">{request.plan.name}</dd>
                <dt className="text-muted-foreground">{tReq("cpu")}</dt>
                <dd className="text-right tabular-nums">{request.cpuCores}</dd>
                <dt className="text-muted-foreground">{tReq("ram")}</dt>
                <dd className="text-right tabular-nums">{request.ramGb}</dd>
                <dt className="text-muted-foreground">{tReq("storage")}</dt>
                <dd className="text-right tabular-nums">{request.storageGb}</dd>
                <dt className="text-muted-foreground">{tReq("domainName")}</dt>
                <dd className="text-right break-all">{request.domainName}</dd>
                <dt className="text-muted-foreground">{tReq("optionsTitle")}</dt>
                <dd className="text-right">
                  {[request.ssl && tReq("ssl"), request.backup && tReq("backup"), request.cdn && tReq("cdn")].filter(Boolean).join(", ") ||
                    "—"}
                </dd>
                <dt className="text-muted-foreground">{tReq("billingCycle")}</dt>
                <dd className="text-right">{tReq(request.billingCycle === "YEARLY" ? "yearly" : "monthly")}</dd>
                {user.role !== "CUSTOMER" && (
                  <>
                    <dt className="text-muted-foreground">{t("customer")}</dt>
                    <dd className="text-right">{request.customer.company ?? request.customer.name}</dd>
                  </>
                )}
              </dl>
              <dl className="mt-4 grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 border-t pt-4 text-sm">
                <dt className="text-muted-foreground">{tReq("monthlyPrice")}</dt>
                <dd className="text-right tabular-nums">{money(request.monthlyCents)}</dd>
                <dt className="text-muted-foreground">{tReq("yearlyPrice")}</dt>
                <dd className="text-right tabular-nums">{money(request.yearlyCents)}</dd>
                <dt className="text-muted-foreground">{tReq("vat")}</dt>
                <dd className="text-right tabular-nums">{money(request.vatCents)}</dd>
                <dt className="font-medium">{tReq(request.billingCycle === "YEARLY" ? "totalYearly" : "totalMonthly")}</dt>
                <dd className="text-right font-semibold tabular-nums">{money(request.totalCents)}</dd>
              </dl>
            </CardContent>
          </Card>
        </div>
      </div>
    </ClientMessages>
  );
}
