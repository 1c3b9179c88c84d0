import { LifeBuoy, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestList } from "@/components/hosting/requests/request-list";
import { StatusBadge } from "@/components/status/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";
import { formatDate, ticketReference } from "@/lib/format";
import { latestOpenTickets } from "@/lib/tickets/queries";
import { getDateFormat } from "@/lib/date-format-server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("hosting") };
}

export default async function HostingPortalPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("portal:access");
  const isCustomer = user.role === "CUSTOMER";
  const [search, tickets, t, dates] = await Promise.all([
    searchParams,
    isCustomer ? latestOpenTickets(user, 5) : Promise.resolve([]),
    getTranslations("hosting"),
    getDateFormat(),
  ]);

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
      <RequestList user={user} searchParams={search} basePath="/hosting" />

      {isCustomer && (
        <Card>
          <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
            <CardTitle as="h2">{t("ticketsTitle")}</CardTitle>
            <div className="flex gap-2">
              <Button asChild variant="ghost" size="sm">
                <Link href="/hosting/tickets">{t("ticketsAll")}</Link>
              </Button>
              <Button asChild variant="outline" size="sm">
                <Link href="/hosting/tickets/new">
                  <Plus aria-hidden="true" /> {t("ticketsNew")}
                </Link>
              </Button>
            </div>
          </CardHeader>
          <CardContent>
            {tickets.length === 0 ? (
              <EmptyState icon={<LifeBuoy />} title={t("ticketsEmpty")} titleAs="p" />
            ) : (
              <ul className="divide-y">
                {tickets.map((ticket) => (
                  <li key={ticket.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <div className="min-w-0">
                      <Link
                        href={`/hosting/tickets/${ticket.id}`}
                        className="block truncate font-medium underline-offset-4 hover:underline"
                      >
                        {ticket.subject}
                      </Link>
                      <p className="text-xs text-muted-foreground">
                        <span className="font-mono">{ticketReference(ticket.number)}</span> · {formatDate(ticket.updatedAt, dates, true)}
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
