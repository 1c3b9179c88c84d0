import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import { Card, CardAction, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { recentLeads } from "@/lib/crm/dashboard/queries";
import { formatDate, formatMoney } from "@/lib/format";
import { getDateFormat } from "@/lib/date-format-server";

type Leads = Awaited<ReturnType<typeof recentLeads>>;

/** The latest leads, each linking to its page. */
export async function RecentLeadsCard({ leads }: { leads: Leads }) {
  const [t, tSource, locale] = await Promise.all([getTranslations("dashboard.recent"), getTranslations("leadSource"), getLocale()]);
  const dates = await getDateFormat();
  return (
    <Card className="gap-0 pb-0" data-testid="recent-leads">
      <CardHeader className="pb-4">
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardAction>
          <Link href="/crm/leads" className="flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline">
            {t("viewAll")}
            <ArrowRight className="size-3.5" aria-hidden="true" />
          </Link>
        </CardAction>
      </CardHeader>
      {leads.length === 0 ? (
        <EmptyState title={t("empty")} titleAs="p" className="mx-6 mb-6" />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="pl-6">{t("lead")}</TableHead>
              <TableHead className="hidden md:table-cell">{t("source")}</TableHead>
              <TableHead>{t("stage")}</TableHead>
              <TableHead className="pr-6 text-right sm:pr-2">{t("value")}</TableHead>
              <TableHead className="hidden lg:table-cell">{t("assignee")}</TableHead>
              <TableHead className="hidden pr-6 sm:table-cell">{t("created")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {leads.map((lead) => (
              <TableRow key={lead.id}>
                <TableCell className="max-w-56 pl-6">
                  <Link href={`/crm/leads/${lead.id}`} className="block truncate font-medium underline-offset-4 hover:underline">
                    {lead.name}
                  </Link>
                  <div className="truncate text-xs text-muted-foreground">{lead.company}</div>
                </TableCell>
                <TableCell className="hidden text-muted-foreground md:table-cell">{tSource(lead.source)}</TableCell>
                <TableCell>
                  <StatusBadge kind="leadStage" value={lead.stage} />
                </TableCell>
                <TableCell className="pr-6 text-right tabular-nums sm:pr-2">{formatMoney(lead.valueCents, locale)}</TableCell>
                <TableCell className="hidden text-muted-foreground lg:table-cell">{lead.assignee?.name ?? t("unassigned")}</TableCell>
                <TableCell className="hidden pr-6 text-muted-foreground sm:table-cell">{formatDate(lead.createdAt, dates)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
