import { Plus, Server } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { BackLink } from "@/components/shell/back-link";
import { StatusBadge } from "@/components/status/status-badge";
import { Conversation } from "@/components/tickets/conversation";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { ReplyForm } from "@/components/tickets/reply-form";
import { customerTicketRecord, openingMessage, ticketPageTitle } from "@/components/tickets/ticket-page-data";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { formatDate, ticketReference } from "@/lib/format";
import { channels } from "@/lib/realtime/channels";
import { getDateFormat } from "@/lib/date-format-server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: ticketPageTitle((await customerTicketRecord((await params).id)).record) };
}

/** A customer's ticket: the public conversation, live, and their reply. */
export default async function CustomerTicketPage({ params }: Props) {
  const { id } = await params;
  const { user, record: ticket } = await customerTicketRecord(id);
  if (can(user.role, "tickets:manage")) redirect(`/crm/tickets/${id}`);
  const [t, dates] = await Promise.all([getTranslations("tickets"), getDateFormat()]);
  const opening = openingMessage(ticket);
  const closed = ticket.status === "CLOSED";

  return (
    <ClientMessages namespaces={["tickets", "ticketStatus"]}>
      <LiveRefresh channel={channels.ticket(ticket.id)} events={["ticket.updated", "ticket.comment"]} />
      <div className="mx-auto flex w-full max-w-4xl flex-col gap-6">
        <BackLink href="/hosting/tickets">{t("backToMine")}</BackLink>
        <PageHeader
          className="pb-0"
          title={ticket.subject}
          description={
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-xs font-medium text-foreground">{ticketReference(ticket.number)}</span>
              <span data-testid="ticket-status">
                <StatusBadge kind="ticketStatus" value={ticket.status} />
              </span>
              <span>{t("detail.openedOnShort", { date: formatDate(ticket.createdAt, dates, true) })}</span>
              {ticket.assignee && <span>· {t("detail.handledBy", { name: ticket.assignee.name })}</span>}
            </span>
          }
        />
        {ticket.hostingRequest && (
          <Link
            href={`/hosting/requests/${ticket.hostingRequest.id}`}
            className="flex w-fit items-center gap-2 rounded-md border px-3 py-2 text-sm underline-offset-4 hover:bg-accent"
          >
            <Server className="size-4 text-muted-foreground" aria-hidden="true" />
            <span className="font-mono text-xs font-medium">{ticket.hostingRequest.reference}</span>
            <span className="text-muted-foreground">{ticket.hostingRequest.domainName}</span>
          </Link>
        )}
        {ticket.status === "RESOLVED" && (
          <Alert variant="success">
            <AlertDescription>{t("detail.resolvedHint")}</AlertDescription>
          </Alert>
        )}
        <Conversation opening={opening} comments={ticket.comments} />
        {closed ? (
          <Alert>
            <AlertDescription className="flex flex-wrap items-center justify-between gap-3">
              {t("detail.closedHint")}
              <Button asChild size="sm">
                <Link href="/hosting/tickets/new">
                  <Plus aria-hidden="true" /> {t("new")}
                </Link>
              </Button>
            </AlertDescription>
          </Alert>
        ) : (
          <ReplyForm ticketId={ticket.id} staff={false} status={ticket.status} />
        )}
      </div>
    </ClientMessages>
  );
}
