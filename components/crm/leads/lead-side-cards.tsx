import { Building2 } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status/status-badge";
import { Card, CardAction, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { getLead } from "@/lib/crm/leads/queries";
import { formatMoney, ticketReference } from "@/lib/format";

/** Beside a lead: its value and owner, its customer account, its hosting requests and tickets. */
export async function LeadSideCards({ lead, canOpenTicket }: { lead: Awaited<ReturnType<typeof getLead>>; canOpenTicket: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("leads"), getLocale()]);
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("detail.value")}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-2 text-sm">
          <p className="text-2xl font-semibold tabular-nums">{formatMoney(lead.valueCents, locale)}</p>
          <p className="text-muted-foreground">{t("detail.assignee", { name: lead.assignee?.name ?? t("unassigned") })}</p>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("detail.customer")}</CardTitle>
        </CardHeader>
        <CardContent className="text-sm">
          {lead.customer ? (
            <div className="flex items-start gap-3">
              <Building2 className="mt-0.5 size-4 text-muted-foreground" aria-hidden="true" />
              <div className="grid gap-0.5">
                <Link href={`/crm/customers/${lead.customer.id}`} className="font-medium underline-offset-4 hover:underline">
                  {lead.customer.name}
                </Link>
                <span className="text-muted-foreground">{[lead.customer.company, lead.customer.email].filter(Boolean).join(" · ")}</span>
              </div>
            </div>
          ) : (
            <p className="text-muted-foreground">{t("detail.noCustomer")}</p>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("detail.requests")}</CardTitle>
        </CardHeader>
        <CardContent>
          {lead.requests.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("detail.noRequests")}</p>
          ) : (
            <ul className="flex flex-col gap-3 text-sm">
              {lead.requests.map((request) => (
                <li key={request.id} className="flex items-center justify-between gap-3">
                  <div className="grid gap-0.5">
                    <Link
                      href={`/hosting/requests/${request.id}`}
                      className="font-mono text-xs font-medium text-primary underline-offset-4 hover:underline"
                    >
                      {request.reference}
                    </Link>
                    <span className="text-muted-foreground">
                      {request.plan.name} · {formatMoney(request.yearlyCents, locale)}
                    </span>
                  </div>
                  <StatusBadge kind="requestStatus" value={request.status} />
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t("detail.tickets")}</CardTitle>
          {lead.customer && canOpenTicket && (
            <CardAction>
              <Link
                href={`/crm/tickets/new?lead=${lead.id}`}
                className="text-sm font-medium text-primary underline-offset-4 hover:underline"
              >
                {t("detail.newTicket")}
              </Link>
            </CardAction>
          )}
        </CardHeader>
        <CardContent>
          {lead.tickets.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("detail.noTickets")}</p>
          ) : (
            <ul className="flex flex-col gap-3 text-sm">
              {lead.tickets.map((ticket) => (
                <li key={ticket.id} className="flex items-center justify-between gap-3">
                  <div className="grid min-w-0 gap-0.5">
                    <span className="font-mono text-xs text-muted-foreground">{ticketReference(ticket.number)}</span>
                    <Link href={`/crm/tickets/${ticket.id}`} className="truncate font-medium underline-offset-4 hover:underline">
                      {ticket.subject}
                    </Link>
                  </div>
                  <StatusBadge kind="ticketStatus" value={ticket.status} />
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
