import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LiveRefresh } from "@/components/realtime/live-refresh";
import { TicketFilters } from "@/components/tickets/ticket-filters";
import { TicketsTable } from "@/components/tickets/tickets-table";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { channels } from "@/lib/realtime/channels";
import { listTickets } from "@/lib/tickets/queries";
import { ticketListQuery } from "@/lib/tickets/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets"))("myTitle") };
}

/** A customer's tickets, newest activity first; staff work tickets in the CRM. */
export default async function MyTicketsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("portal:access");
  if (can(user.role, "tickets:manage")) redirect("/crm/tickets");
  const parsed = ticketListQuery.safeParse({ sort: "updatedAt", dir: "desc", ...(await searchParams) });
  const query = parsed.success ? parsed.data : ticketListQuery.parse({ sort: "updatedAt", dir: "desc" });
  const [{ items, total, page, pageSize }, t] = await Promise.all([listTickets(user, query), getTranslations("tickets")]);
  const newTicket = (
    <Button asChild>
      <Link href="/hosting/tickets/new">
        <Plus aria-hidden="true" /> {t("new")}
      </Link>
    </Button>
  );

  return (
    <ClientMessages
      namespaces={["tickets", "ticketStatus", "ticketPriority", "dataTable"]}
      // A ticket's own page and the new ticket's form.
      except={["tickets.form", "tickets.reply", "tickets.detail", "tickets.properties", "tickets.conversation"]}
    >
      <div className="flex flex-col gap-6">
        <LiveRefresh channel={channels.user(user.id)} events={["ticket.updated"]} />
        <PageHeader title={t("myTitle")} description={t("mySubtitle")} className="pb-0" actions={newTicket} />
        <TicketFilters staff={false} />
        <TicketsTable
          rows={items}
          total={total}
          page={page}
          pageSize={pageSize}
          sort={query.sort}
          dir={query.dir}
          staff={false}
          filtered={Boolean(query.q || query.status)}
          serverNow={new Date().getTime()}
          emptyAction={newTicket}
        />
      </div>
    </ClientMessages>
  );
}
