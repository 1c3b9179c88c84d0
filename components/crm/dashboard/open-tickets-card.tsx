import { ArrowRight, LifeBuoy } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { urgentTickets } from "@/lib/crm/dashboard/queries";
import { formatDate, ticketReference } from "@/lib/format";
import { getDateFormat } from "@/lib/date-format-server";

type Tickets = Awaited<ReturnType<typeof urgentTickets>>;

/** Open tickets, most urgent first. */
export async function OpenTicketsCard({ tickets, now }: { tickets: Tickets; now: Date }) {
  const [t, dates] = await Promise.all([getTranslations("dashboard.tickets"), getDateFormat()]);
  return (
    <Card className="gap-4" data-testid="open-tickets">
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
        <CardAction>
          <Link href="/crm/tickets" className="flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline">
            {t("viewAll")}
            <ArrowRight className="size-3.5" aria-hidden="true" />
          </Link>
        </CardAction>
      </CardHeader>
      <CardContent>
        {tickets.length === 0 ? (
          <div className="flex flex-col items-center gap-2 py-6 text-center text-sm text-muted-foreground">
            <LifeBuoy className="size-6" aria-hidden="true" />
            {t("empty")}
          </div>
        ) : (
          <ul className="flex flex-col divide-y text-sm">
            {tickets.map((ticket) => {
              const late = ticket.slaBreachedAt !== null || (ticket.resolutionDueAt !== null && ticket.resolutionDueAt < now);
              return (
                <li key={ticket.id} className="flex items-start gap-3 py-2.5 first:pt-0 last:pb-0">
                  <div className="flex min-w-0 flex-1 flex-col gap-0.5">
                    <Link href={`/crm/tickets/${ticket.id}`} className="truncate font-medium underline-offset-4 hover:underline">
                      {ticket.subject}
                    </Link>
                    <span className="truncate text-xs text-muted-foreground">
                      <span className="font-mono">{ticketReference(ticket.number)}</span> ·{" "}
                      {ticket.customer.company ?? ticket.customer.name}
                    </span>
                    {ticket.resolutionDueAt && (
                      <span className={late ? "text-xs text-destructive" : "text-xs text-muted-foreground"}>
                        {ticket.slaBreachedAt
                          ? t("breached")
                          : late
                            ? t("late")
                            : t("due", { date: formatDate(ticket.resolutionDueAt, dates, true) })}
                      </span>
                    )}
                  </div>
                  <div className="shrink-0">
                    <StatusBadge kind="ticketPriority" value={ticket.priority} />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
