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
import { requestListQuery, requestStatuses } from "@/lib/hosting/request-queries";
import { pageRequests } from "@/lib/hosting/requests";
import { listTickets } from "@/lib/tickets/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("hosting") };
}

export default async function HostingPortalPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await currentUser();
  if (!user) redirect("/login");
  const isCustomer = user.role === "CUSTOMER";
  const parsed = requestListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : requestListQuery.parse({});
  const [{ items: requests, total, page, pageSize }, tickets, t, tStatus, locale] = await Promise.all([
    pageRequests(user, query),
    isCustomer ? listTickets(user, { take: 5 }) : Promise.resolve([]),
    getTranslations("hosting"),
    getTranslations("requestStatus"),
    getLocale(),
  ]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (changes: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    const merged = { status: query.status, page: query.page, ...changes };
    for (const [key, value] of Object.entries(merged))
      if (value !== undefined && !(key === "page" && value === 1)) params.set(key, String(value));
    const search = params.toString();
    return search ? `/hosting?${search}` : "/hosting";
  };

  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title={isCustomer ? t("title") : t("staffTitle")}
        description={isCustomer ? t("subtitle") : t("staffSubtitle")}
        actions={
          isCustomer && (
            <Button asChild>
              <Link href="/hosting/request">
                <Plus aria-hidden="true" /> {t("newRequest")}
              </Link>
            </Button>
          )
        }
      />
      <nav aria-label={t("filterLabel")} className="flex flex-wrap gap-2">
        {[undefined, ...requestStatuses].map((status) => (
          <Link
            key={status ?? "all"}
            href={href({ status, page: 1 })}
            aria-current={query.status === status ? "page" : undefined}
            className="rounded-full border px-3 py-1 text-sm text-muted-foreground transition-colors hover:bg-accent aria-[current=page]:border-primary aria-[current=page]:bg-primary aria-[current=page]:text-primary-foreground"
          >
            {status ? tStatus(status) : t("allStatuses")}
          </Link>
        ))}
      </nav>
      {requests.length === 0 ? (
        <EmptyState
          icon={<Server />}
          title={t("emptyTitle")}
          description={t("emptyDescription")}
          action={
            <Button asChild>
              <Link href={query.status ? "/hosting" : "/hosting/request"}>{query.status ? t("allStatuses") : t("newRequest")}</Link>
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
                  <TableCell className="font-mono text-xs font-medium">
                    <Link href={`/hosting/requests/${request.id}`} className="text-primary underline-offset-4 hover:underline">
                      {request.reference}
                    </Link>
                  </TableCell>
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
          {pages > 1 && (
            <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4 border-t px-4 py-3 text-sm">
              <span className="text-muted-foreground">{t("pageOf", { page, pages, total })}</span>
              <div className="flex gap-2">
                <Button
                  asChild
                  variant="outline"
                  size="sm"
                  aria-disabled={page <= 1}
                  className={page <= 1 ? "pointer-events-none opacity-50" : undefined}
                >
                  <Link href={href({ page: page - 1 })}>{t("previous")}</Link>
                </Button>
                <Button
                  asChild
                  variant="outline"
                  size="sm"
                  aria-disabled={page >= pages}
                  className={page >= pages ? "pointer-events-none opacity-50" : undefined}
                >
                  <Link href={href({ page: page + 1 })}>{t("next")}</Link>
                </Button>
              </div>
            </nav>
          )}
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
