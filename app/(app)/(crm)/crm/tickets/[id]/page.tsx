import { Building2, FolderKanban, Mail, Phone, Server } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { BackLink } from "@/components/shell/back-link";
import { StatusBadge } from "@/components/status/status-badge";
import { Conversation } from "@/components/tickets/conversation";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { ReplyForm } from "@/components/tickets/reply-form";
import { SlaIndicator } from "@/components/tickets/sla-indicator";
import { staffTicketRecord, openingMessage, ticketPageTitle } from "@/components/tickets/ticket-page-data";
import { TicketProperties } from "@/components/tickets/ticket-properties";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { HistoryLink } from "@/components/audit/history-link";
import { can } from "@/lib/auth/permissions";
import { formatDate, ticketReference } from "@/lib/format";
import { channels } from "@/lib/realtime/channels";
import { listTicketAssignees } from "@/lib/tickets/queries";
import { getDateFormat } from "@/lib/date-format-server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: ticketPageTitle((await staffTicketRecord((await params).id)).record) };
}

export default async function StaffTicketPage({ params }: Props) {
  const { id } = await params;
  const { user, record: ticket } = await staffTicketRecord(id);
  const [assignees, t, dates] = await Promise.all([listTicketAssignees(user), getTranslations("tickets"), getDateFormat()]);
  const opening = openingMessage(ticket);

  return (
    <ClientMessages namespaces={["tickets", "ticketStatus", "ticketPriority"]}>
      <LiveRefresh channel={channels.ticket(ticket.id)} events={["ticket.updated", "ticket.comment"]} />
      <LiveRefresh channel={channels.staff} events={["ticket.comment"]} match={{ ticketId: ticket.id }} onFocus={false} />
      <div className="flex flex-col gap-6">
        <BackLink href="/crm/tickets">{t("backToList")}</BackLink>
        <PageHeader
          className="pb-0"
          title={ticket.subject}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-xs font-medium text-foreground">{ticketReference(ticket.number)}</span>
              <StatusBadge kind="ticketStatus" value={ticket.status} />
              <StatusBadge kind="ticketPriority" value={ticket.priority} />
              <span>{t("detail.openedOn", { date: formatDate(ticket.createdAt, dates, true), name: opening.author.name })}</span>
            </span>
          }
          actions={can(user.role, "audit:read") ? <HistoryLink entity="CRMTicket" entityId={ticket.id} /> : undefined}
        />
        <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem] xl:items-start">
          <div className="flex min-w-0 flex-col gap-6">
            <Conversation opening={opening} comments={ticket.comments} />
            <ReplyForm ticketId={ticket.id} staff status={ticket.status} />
          </div>
          <aside className="flex flex-col gap-6" aria-label={t("detail.aside")}>
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("detail.sla")}</CardTitle>
              </CardHeader>
              <CardContent>
                <SlaIndicator clock={ticket} serverNow={new Date().getTime()} detailed />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("detail.properties")}</CardTitle>
              </CardHeader>
              <CardContent>
                <TicketProperties
                  ticket={{ id: ticket.id, status: ticket.status, priority: ticket.priority, assigneeId: ticket.assignee?.id ?? null }}
                  assignees={assignees}
                  currentUserId={user.id}
                />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("detail.customer")}</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2 text-sm">
                <Link
                  href={`/crm/customers/${ticket.customer.id}`}
                  className="flex items-center gap-2 font-medium underline-offset-4 hover:underline"
                >
                  <Building2 className="size-4 text-muted-foreground" aria-hidden="true" />
                  {ticket.customer.company ? `${ticket.customer.company} — ${ticket.customer.name}` : ticket.customer.name}
                </Link>
                <a href={`mailto:${ticket.customer.email}`} className="flex items-center gap-2 text-muted-foreground hover:text-foreground">
                  <Mail className="size-4" aria-hidden="true" /> {ticket.customer.email}
                </a>
                {ticket.customer.phone && (
                  <a href={`tel:${ticket.customer.phone}`} className="flex items-center gap-2 text-muted-foreground hover:text-foreground">
                    <Phone className="size-4" aria-hidden="true" /> {ticket.customer.phone}
                  </a>
                )}
                <Link href={`/crm/tickets?customer=${ticket.customer.id}`} className="text-primary underline-offset-4 hover:underline">
                  {t("detail.customerTickets")}
                </Link>
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle as="h2">{t("detail.links")}</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-3 text-sm">
                {ticket.hostingRequest ? (
                  <Link
                    href={`/hosting/requests/${ticket.hostingRequest.id}`}
                    className="flex items-start gap-2 underline-offset-4 hover:underline"
                  >
                    <Server className="mt-0.5 size-4 text-muted-foreground" aria-hidden="true" />
                    <span className="grid">
                      <span className="font-mono text-xs font-medium">{ticket.hostingRequest.reference}</span>
                      <span className="text-muted-foreground">
                        {ticket.hostingRequest.plan.name} · {ticket.hostingRequest.domainName}
                      </span>
                    </span>
                  </Link>
                ) : (
                  <p className="text-muted-foreground">{t("detail.noRequest")}</p>
                )}
                {ticket.lead ? (
                  <Link href={`/crm/leads/${ticket.lead.id}`} className="flex items-start gap-2 underline-offset-4 hover:underline">
                    <FolderKanban className="mt-0.5 size-4 text-muted-foreground" aria-hidden="true" />
                    <span className="grid">
                      <span className="font-medium">{ticket.lead.name}</span>
                      <span className="text-muted-foreground">{ticket.lead.company}</span>
                    </span>
                  </Link>
                ) : (
                  <p className="text-muted-foreground">{t("detail.noLead")}</p>
                )}
              </CardContent>
            </Card>
          </aside>
        </div>
      </div>
    </ClientMessages>
  );
}
