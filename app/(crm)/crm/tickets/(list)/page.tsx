import { LifeBuoy } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { currentUser } from "@/lib/auth/session";
import { formatDate, ticketReference } from "@/lib/format";
import { listTickets } from "@/lib/tickets/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets"))("title") };
}

export default async function TicketsPage() {
  const user = await currentUser();
  if (!user) redirect("/login");
  const [tickets, t, locale] = await Promise.all([listTickets(user), getTranslations("tickets"), getLocale()]);
  const tCrm = await getTranslations("crm");
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} description={t("subtitle")} />
      {tickets.length === 0 ? (
        <EmptyState icon={<LifeBuoy />} title={t("empty")} />
      ) : (
        <Card className="py-0">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("reference")}</TableHead>
                <TableHead>{t("subject")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("customer")}</TableHead>
                <TableHead>{t("priority")}</TableHead>
                <TableHead>{(await getTranslations("common"))("status")}</TableHead>
                <TableHead className="hidden lg:table-cell">{t("assignee")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("updated")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {tickets.map((ticket) => (
                <TableRow key={ticket.id}>
                  <TableCell className="font-mono text-xs font-medium">{ticketReference(ticket.number)}</TableCell>
                  <TableCell className="max-w-72 truncate font-medium">{ticket.subject}</TableCell>
                  <TableCell className="hidden text-muted-foreground md:table-cell">
                    {ticket.customer.company ?? ticket.customer.name}
                  </TableCell>
                  <TableCell>
                    <StatusBadge kind="ticketPriority" value={ticket.priority} />
                  </TableCell>
                  <TableCell>
                    <StatusBadge kind="ticketStatus" value={ticket.status} />
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground lg:table-cell">
                    {ticket.assignee?.name ?? tCrm("unassigned")}
                  </TableCell>
                  <TableCell className="hidden text-muted-foreground sm:table-cell">{formatDate(ticket.updatedAt, locale, true)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
    </div>
  );
}
