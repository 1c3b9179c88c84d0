import { LifeBuoy, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RequestList } from "@/components/hosting/request-list";
import { StatusBadge } from "@/components/status/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser } from "@/lib/auth/session";
import { formatDate, ticketReference } from "@/lib/format";
import { listTickets } from "@/lib/tickets/service";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("hosting") };
}

export default async function HostingPortalPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await currentUser();
  if (!user) redirect("/login");
  const isCustomer = user.role === "CUSTOMER";
  const [search, tickets, t, locale] = await Promise.all([
    searchParams,
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
