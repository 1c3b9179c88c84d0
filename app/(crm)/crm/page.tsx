import { Inbox, LifeBuoy, Trophy, Wallet } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { KpiCard } from "@/components/status/kpi-card";
import { StatusBadge } from "@/components/status/status-badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can, homeOf } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { salesOverview } from "@/lib/crm/dashboard";
import { formatDate, formatMoney } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("crm"))("title") };
}

export default async function CrmDashboardPage() {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (!can(user.role, "dashboard:sales")) redirect(homeOf[user.role]);
  const [overview, t, tSource, locale] = await Promise.all([
    salesOverview(user),
    getTranslations("crm"),
    getTranslations("leadSource"),
    getLocale(),
  ]);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <KpiCard label={t("newLeads")} value={overview.newLeads} icon={<Inbox />} />
        <KpiCard
          label={t("pipelineValue")}
          value={formatMoney(overview.pipelineValueCents, locale)}
          detail={`${overview.openLeads} leads`}
          icon={<Wallet />}
        />
        <KpiCard
          label={t("wonThisMonth")}
          value={formatMoney(overview.wonThisMonthCents, locale)}
          detail={`${overview.wonThisMonth} leads`}
          icon={<Trophy />}
        />
        <KpiCard label={t("openTickets")} value={overview.openTickets} icon={<LifeBuoy />} />
      </div>
      <Card className="gap-0 pb-0">
        <CardHeader className="pb-4">
          <CardTitle as="h2">{t("recentLeads")}</CardTitle>
        </CardHeader>
        {overview.recentLeads.length === 0 ? (
          <EmptyState title={t("emptyLeads")} titleAs="p" className="pb-6" />
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("lead")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("source")}</TableHead>
                <TableHead>{t("stage")}</TableHead>
                <TableHead className="text-right">{t("value")}</TableHead>
                <TableHead className="hidden lg:table-cell">{t("assignee")}</TableHead>
                <TableHead className="hidden sm:table-cell">{(await getTranslations("common"))("createdAt")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overview.recentLeads.map((lead) => (
                <TableRow key={lead.id}>
                  <TableCell>
                    <div className="font-medium">{lead.name}</div>
                    <div className="text-xs text-muted-foreground">{lead.company}</div>
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground md:table-cell">{tSource(lead.source)}</TableCell>
                  <TableCell>
                    <StatusBadge kind="leadStage" value={lead.stage} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{formatMoney(lead.valueCents, locale)}</TableCell>
                  <TableCell className="hidden text-muted-foreground lg:table-cell">{lead.assignee?.name ?? t("unassigned")}</TableCell>
                  <TableCell className="hidden text-muted-foreground sm:table-cell">{formatDate(lead.createdAt, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
