import { CalendarClock } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { CancelMaintenanceButton } from "@/components/livepulse/maintenance/cancel-maintenance-button";
import { MaintenanceFormDialog } from "@/components/livepulse/maintenance/maintenance-form-dialog";
import { LinkPagination, listHref } from "@/components/data-table/link-pagination";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { StatusPageLink } from "@/components/status-page/status-page-link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkTabs } from "@/components/ui/link-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { getDateFormat } from "@/lib/date-format-server";
import { formatDate } from "@/lib/format";
import { formatOccurrence } from "@/lib/maintenance/format";
import { listMaintenance } from "@/lib/maintenance/queries";
import { dayOf, localInput, wallClock, type Phase } from "@/lib/maintenance/recurrence";
import { maintenanceListQuery, maintenanceTabs, maintenanceTimeZone, type MaintenanceInput } from "@/lib/maintenance/schemas";
import { channels } from "@/lib/realtime/channels";
import { serviceName } from "@/lib/status-page/service-name";
import { publishedServiceOptions } from "@/lib/status-page/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("maintenance"))("title") };
}

const phaseVariant: Record<Phase, "info" | "outline" | "secondary"> = {
  inProgress: "info",
  upcoming: "outline",
  ended: "secondary",
  cancelled: "secondary",
};

/** A new window's values: tomorrow from 22:00 to 23:00 on the company's clock. */
function blankWindow(now: Date): MaintenanceInput {
  const tomorrow = dayOf(wallClock(now.getTime() + 86_400_000, maintenanceTimeZone));
  return {
    title: "",
    message: "",
    serviceIds: [],
    startsAt: `${tomorrow}T22:00`,
    endsAt: `${tomorrow}T23:00`,
    recurrence: "NONE",
    repeatUntil: "",
    excludeFromUptime: false,
  };
}

export default async function MaintenancePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("livepulse:read");
  const parsed = maintenanceListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : maintenanceListQuery.parse({});
  const manage = can(user.role, "incidents:manage");
  const now = new Date();
  const [list, services, t, locale, dates] = await Promise.all([
    listMaintenance(user, query, now),
    publishedServiceOptions(user),
    getTranslations("maintenance"),
    getLocale(),
    getDateFormat(),
  ]);
  const serviceOptions = services.map((service) => ({ id: service.id, name: serviceName(service, locale) }));
  const blank = blankWindow(now);

  return (
    <div className="flex flex-col gap-6">
      <LiveRefresh channel={channels.status} events={["maintenance.updated"]} />
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        className="pb-0"
        actions={
          <div className="flex flex-wrap gap-2">
            <StatusPageLink label={t("statusPage")} />
            {manage && (
              <ClientMessages namespaces={["maintenance"]}>
                <MaintenanceFormDialog services={serviceOptions} blank={blank} />
              </ClientMessages>
            )}
          </div>
        }
      />
      <Card className="gap-0 py-0">
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-3 border-b py-4">
          <LinkTabs
            label={t("tabs")}
            tabs={maintenanceTabs.map((tab) => ({
              href: listHref("/livepulse/maintenance", { tab }),
              label: tab === "past" ? t("tabPast") : t("tabCurrent"),
              current: query.tab === tab,
            }))}
          />
          <span className="text-sm text-muted-foreground" data-testid="maintenance-counts">
            {t("counts", { inProgress: list.counts.inProgress, upcoming: list.counts.upcoming })}
          </span>
        </CardHeader>
        {list.items.length === 0 ? (
          <CardContent className="py-6">
            <EmptyState
              icon={<CalendarClock />}
              title={query.tab === "past" ? t("emptyPast") : t("emptyCurrent")}
              description={t("emptyHint")}
              className="border-0"
            />
          </CardContent>
        ) : (
          <Table>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">{t("columns.window")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("columns.when")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("columns.phase")}</TableHead>
                {manage && (
                  <TableHead className="pr-6 text-right">
                    <span className="sr-only">{t("columns.actions")}</span>
                  </TableHead>
                )}
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.items.map((window) => {
                const when = window.next
                  ? t(window.phase === "inProgress" ? "nowAt" : "nextAt", {
                      when: formatOccurrence(window.next.start, window.next.end, dates),
                    })
                  : t("firstAt", { when: formatOccurrence(window.startsAt, window.endsAt, dates) });
                const repeats = [
                  t(`repeats.${window.recurrence}`),
                  ...(window.recurrence !== "NONE" && window.repeatUntil
                    ? [t("until", { date: formatDate(window.repeatUntil, { ...dates, timeZone: "UTC" }) })]
                    : []),
                ].join(" ");
                const editable = manage && window.phase !== "cancelled" && window.phase !== "ended";
                return (
                  <TableRow key={window.id} data-testid="maintenance-row" data-phase={window.phase} data-maintenance-id={window.id}>
                    <TableCell className="w-full min-w-48 pl-6 whitespace-normal">
                      <span className="font-medium break-words">{window.title}</span>
                      <p className="mt-1 text-xs break-words text-muted-foreground">
                        {window.services.map((s) => serviceName(s.service, locale)).join(", ")}
                      </p>
                      <p className="mt-1 text-xs text-muted-foreground md:hidden">{when}</p>
                      <div className="mt-1 flex flex-wrap gap-1.5">
                        <Badge variant={phaseVariant[window.phase]} className="sm:hidden">
                          {t(`phase.${window.phase}`)}
                        </Badge>
                        {window.excludeFromUptime && <Badge variant="secondary">{t("notCounted")}</Badge>}
                        {window._count.alerts > 0 && (
                          <Link href="/livepulse/alerts?status=all" className="text-xs text-muted-foreground hover:underline">
                            {t("suppressed", { count: window._count.alerts })}
                          </Link>
                        )}
                      </div>
                    </TableCell>
                    <TableCell className="hidden text-muted-foreground md:table-cell">
                      <p className="text-foreground tabular-nums">{when}</p>
                      <p className="text-xs">{repeats}</p>
                      <p className="text-xs">{t("createdBy", { name: window.createdBy?.name ?? t("unknownAuthor") })}</p>
                    </TableCell>
                    <TableCell className="hidden sm:table-cell">
                      <Badge variant={phaseVariant[window.phase]}>{t(`phase.${window.phase}`)}</Badge>
                      {window.cancelledAt && (
                        <p className="mt-1 text-xs text-muted-foreground">
                          {t("cancelledAt", { date: formatDate(window.cancelledAt, dates, true) })}
                        </p>
                      )}
                    </TableCell>
                    {manage && (
                      <TableCell className="pr-4 text-right sm:pr-6">
                        {editable && (
                          <div className="flex flex-col items-end gap-1 sm:flex-row sm:justify-end">
                            <ClientMessages namespaces={["maintenance"]}>
                              <MaintenanceFormDialog
                                services={serviceOptions}
                                blank={blank}
                                window={{
                                  id: window.id,
                                  title: window.title,
                                  message: window.message ?? "",
                                  serviceIds: window.services.map((s) => s.service.id),
                                  startsAt: localInput(window.startsAt, maintenanceTimeZone),
                                  endsAt: localInput(window.endsAt, maintenanceTimeZone),
                                  recurrence: window.recurrence,
                                  repeatUntil: window.repeatUntil ? window.repeatUntil.toISOString().slice(0, 10) : "",
                                  excludeFromUptime: window.excludeFromUptime,
                                }}
                              />
                              <CancelMaintenanceButton id={window.id} title={window.title} />
                            </ClientMessages>
                          </div>
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
        <LinkPagination
          namespace="maintenance"
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          href={(target) => listHref("/livepulse/maintenance", { tab: query.tab, page: target })}
        />
      </Card>
    </div>
  );
}
