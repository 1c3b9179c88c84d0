import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { TicketFilters } from "@/components/tickets/ticket-filters";
import { TicketsTable } from "@/components/tickets/tickets-table";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";
import { channels } from "@/lib/realtime/channels";
import { findTicketCustomer, listTicketAssignees, listTickets } from "@/lib/tickets/queries";
import { ticketListQuery } from "@/lib/tickets/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets"))("title") };
}

export default async function TicketsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("tickets:manage");
  // A hand-edited URL with a bad filter falls back to the defaults rather than failing.
  const parsed = ticketListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : ticketListQuery.parse({});
  const [{ items, total, page, pageSize }, assignees, customer, t] = await Promise.all([
    listTickets(user, query),
    listTicketAssignees(user),
    query.customer ? findTicketCustomer(user, query.customer) : null,
    getTranslations("tickets"),
  ]);
  const filtered = Boolean(query.q || query.status || query.priority || query.assignee || query.customer || query.sla);

  return (
    <ClientMessages
      namespaces={["tickets", "ticketStatus", "ticketPriority", "dataTable"]}
      // A ticket's own page and the new ticket's form.
      except={["tickets.form", "tickets.reply", "tickets.detail", "tickets.properties", "tickets.conversation"]}
    >
      <div className="flex flex-col gap-6">
        <LiveRefresh channel={channels.staff} events={["ticket.created", "ticket.updated"]} />
        <PageHeader
          title={t("title")}
          description={t("subtitle")}
          className="pb-0"
          actions={
            <Button asChild>
              <Link href="/crm/tickets/new">
                <Plus aria-hidden="true" /> {t("new")}
              </Link>
            </Button>
          }
        />
        <TicketFilters staff assignees={assignees} customerName={customer ? (customer.company ?? customer.name) : null} />
        <TicketsTable
          rows={items}
          total={total}
          page={page}
          pageSize={pageSize}
          sort={query.sort}
          dir={query.dir}
          staff
          filtered={filtered}
          serverNow={new Date().getTime()}
        />
      </div>
    </ClientMessages>
  );
}
