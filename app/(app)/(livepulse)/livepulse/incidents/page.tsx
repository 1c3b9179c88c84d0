import { Plus, Siren } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LinkPagination, listHref } from "@/components/data-table/link-pagination";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { StatusPageLink } from "@/components/status-page/status-page-link";
import { StatusBadge } from "@/components/status/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkTabs } from "@/components/ui/link-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { getDateFormat } from "@/lib/date-format-server";
import { formatDate } from "@/lib/format";
import { channels } from "@/lib/realtime/channels";
import { serviceName } from "@/lib/status-page/service-name";
import { listIncidents } from "@/lib/status-page/queries";
import { incidentListQuery } from "@/lib/status-page/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("incidents"))("title") };
}

const tabs = ["all", "open"] as const;

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("livepulse:read");
  const parsed = incidentListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : incidentListQuery.parse({});
  const manage = can(user.role, "incidents:manage");
  const [{ items, open, total, page, pageSize }, t, tNew, dates, locale] = await Promise.all([
    listIncidents(user, query),
    getTranslations("incidents"),
    getTranslations("incidents.new"),
    getDateFormat(),
    getLocale(),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <LiveRefresh channel={channels.status} events={["incident.updated"]} />
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        className="pb-0"
        actions={
          <div className="flex flex-wrap gap-2">
            <StatusPageLink label={t("statusPage")} />
            {manage && (
              <Button asChild>
                <Link href="/livepulse/incidents/new">
                  <Plus aria-hidden="true" /> {tNew("title")}
                </Link>
              </Button>
            )}
          </div>
        }
      />
      <Card className="gap-0 py-0">
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-3 border-b py-4">
          <LinkTabs
            label={t("tabs")}
            tabs={tabs.map((tab) => ({
              href: listHref("/livepulse/incidents", { status: tab }),
              label: tab === "open" ? t("tabOpen") : t("tabAll"),
              current: query.status === tab,
            }))}
          />
          <span className="text-sm text-muted-foreground" data-testid="incident-open-count">
            {t("openCount", { count: open })}
          </span>
        </CardHeader>
        {items.length === 0 ? (
          <CardContent className="py-6">
            <EmptyState
              icon={<Siren />}
              title={query.status === "open" ? t("emptyOpen") : t("emptyAll")}
              description={t("emptyHint")}
              className="border-0"
            />
          </CardContent>
        ) : (
          <Table>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead className="pl-6">{t("columns.incident")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("columns.impact")}</TableHead>
                <TableHead>{t("columns.state")}</TableHead>
                <TableHead className="hidden pr-6 md:table-cell">{t("columns.declared")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((incident) => (
                <TableRow key={incident.id} data-testid="incident-row" data-state={incident.state}>
                  <TableCell className="w-full min-w-48 pl-6 whitespace-normal">
                    <Link href={`/livepulse/incidents/${incident.id}`} className="font-medium break-words hover:underline">
                      {incident.title}
                    </Link>
                    <p className="mt-1 text-xs break-words text-muted-foreground">
                      {incident.services.map((s) => serviceName(s.service, locale)).join(", ")} ·{" "}
                      {t("updates", { count: incident._count.updates })}
                    </p>
                    <div className="mt-1 sm:hidden">
                      <StatusBadge kind="incidentImpact" value={incident.impact} />
                    </div>
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">
                    <StatusBadge kind="incidentImpact" value={incident.impact} />
                  </TableCell>
                  <TableCell>
                    <StatusBadge kind="incidentState" value={incident.state} />
                  </TableCell>
                  <TableCell className="hidden pr-6 text-muted-foreground md:table-cell">
                    {formatDate(incident.createdAt, dates, true)}
                    <p className="text-xs">{t("declaredBy", { name: incident.createdBy?.name ?? t("unknownAuthor") })}</p>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <LinkPagination
          namespace="incidents"
          page={page}
          pageSize={pageSize}
          total={total}
          href={(target) => listHref("/livepulse/incidents", { status: query.status, page: target })}
        />
      </Card>
    </div>
  );
}
