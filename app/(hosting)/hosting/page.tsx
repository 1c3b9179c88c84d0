import { LifeBuoy, Plus, Server } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { currentUser } from "@/lib/auth/session";
import { formatDate, formatMoney, ticketReference } from "@/lib/format";
import { listRequests } from "@/lib/hosting/requests";
import { listTickets } from "@/lib/tickets/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("hosting") };
}

export default async function HostingPortalPage() {
  const user = await currentUser();
  if (!user) redirect("/login");
  const isCustomer = user.role === "CUSTOMER";
  const [requests, tickets, t, locale] = await Promise.all([
    listRequests(user),
    isCustomer ? listTickets(user, { take: 5 }) : Promise.resolve([]),
    getTranslations("hosting"),
    getLocale(),
  ]);

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={isCustomer ? t("title") : t("staffTitle")}
        description={isCustomer ? t("subtitle") : t("staffSubtitle")}
        actions={
          isCustomer && (
            <Button asChild>
              <Link href="/pricing">
                <Plus aria-hidden="true" /> {t("newRequest")}
              </Link>
            </Button>
          )
        }
      />
      {requests.length === 0 ? (
        <EmptyState
          icon={<Server />}
          title={t("emptyTitle")}
          description={t("emptyDescription")}
          action={
            <Button asChild>
              <Link href="/pricing">{t("newRequest")}</Link>
            </Button>
          }
        />
      ) : (
        <Card className="py-0">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("reference")}</TableHead>
                {!isCustomer && <TableHead>{t("customer")}</TableHead>}
                <TableHead>{t("plan")}</TableHead>
                <TableHead className="hidden lg:table-cell">{t("domain")}</TableHead>
                <TableHead>{t("price")}</TableHead>
                <TableHead>{t("date")}</TableHead>
                <TableHead className="text-right">{(await getTranslations("common"))("status")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {requests.map((request) => (
                <TableRow key={request.id}>
                  <TableCell className="font-mono text-xs font-medium">{request.reference}</TableCell>
                  {!isCustomer && <TableCell>{request.customer.company ?? request.customer.name}</TableCell>}
                  <TableCell>{request.plan.name}</TableCell>
                  <TableCell className="hidden text-muted-foreground lg:table-cell">{request.domainName}</TableCell>
                  <TableCell className="tabular-nums">
                    {request.billingCycle === "YEARLY"
                      ? t("yearly", { amount: formatMoney(request.yearlyCents, locale) })
                      : t("monthly", { amount: formatMoney(request.monthlyCents, locale) })}
                  </TableCell>
                  <TableCell className="text-muted-foreground">{formatDate(request.createdAt, locale)}</TableCell>
                  <TableCell className="text-right">
                    <StatusBadge kind="requestStatus" value={request.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}

      {isCustomer && (
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t("ticketsTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            {tickets.length === 0 ? (
              <EmptyState icon={<LifeBuoy />} title={t("ticketsEmpty")} titleAs="p" />
            ) : (
              <ul className="divide-y">
                {tickets.map((ticket) => (
                  <li key={ticket.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <div className="min-w-0">
                      <p className="truncate font-medium">{ticket.subject}</p>
                      <p className="text-xs text-muted-foreground">
                        <span className="font-mono">{ticketReference(ticket.number)}</span> · {formatDate(ticket.updatedAt, locale, true)}
                      </p>
                    </div>
                    <StatusBadge kind="ticketStatus" value={ticket.status} />
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      )}
    </div>
  );
}
