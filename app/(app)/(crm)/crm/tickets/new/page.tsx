import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewTicketPage } from "@/components/tickets/new-ticket-page";
import { requirePage } from "@/lib/auth/require-page";
import { getLead } from "@/lib/crm/leads/queries";
import { findTicketCustomer, linkableRequests } from "@/lib/tickets/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets"))("newTitle") };
}

type Search = { customer?: string; lead?: string; request?: string };

/** Staff open a ticket on behalf of a customer; a customer or lead page sends them here with it chosen. */
export default async function NewStaffTicketPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePage("tickets:manage");
  const search = await searchParams;
  const lead = search.lead ? await getLead(user, search.lead).catch(() => null) : null;
  const customerId = search.customer ?? lead?.customerId ?? undefined;
  const customer = customerId ? await findTicketCustomer(user, customerId) : null;
  const [requests, t] = await Promise.all([customer ? linkableRequests(user, customer.id) : [], getTranslations("tickets")]);

  return (
    <NewTicketPage
      backHref="/crm/tickets"
      backLabel={t("backToList")}
      description={t("newStaffSubtitle")}
      form={{
        staff: true,
        customer,
        requests,
        defaultRequestId: search.request,
        lead: lead ? { id: lead.id, name: lead.name } : null,
      }}
    />
  );
}
