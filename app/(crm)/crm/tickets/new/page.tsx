import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser } from "@/lib/auth/session";
import { getLead } from "@/lib/crm/leads";
import { findTicketCustomer, linkableRequests } from "@/lib/tickets/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets"))("newTitle") };
}

type Search = { customer?: string; lead?: string; request?: string };

/** Staff open a ticket on behalf of a customer; a customer or lead page sends them here with it chosen. */
export default async function NewStaffTicketPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await currentUser();
  if (!user) redirect("/login?callbackUrl=/crm/tickets/new");
  const search = await searchParams;
  const lead = search.lead ? await getLead(user, search.lead).catch(() => null) : null;
  const customerId = search.customer ?? lead?.customerId ?? undefined;
  const customer = customerId ? await findTicketCustomer(user, customerId) : null;
  const [requests, t] = await Promise.all([customer ? linkableRequests(user, customer.id) : [], getTranslations("tickets")]);

  return (
    <ClientMessages namespaces={["tickets", "ticketPriority"]}>
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
        <Link href="/crm/tickets" className="flex w-fit items-center gap-1.5 text-sm text-muted-foreground hover:text-foreground">
          <ArrowLeft className="size-4" aria-hidden="true" /> {t("backToList")}
        </Link>
        <PageHeader title={t("newTitle")} description={t("newStaffSubtitle")} className="pb-0" />
        <Card>
          <CardContent>
            <NewTicketForm
              staff
              customer={customer}
              requests={requests}
              defaultRequestId={search.request}
              lead={lead ? { id: lead.id, name: lead.name } : null}
            />
          </CardContent>
        </Card>
      </div>
    </ClientMessages>
  );
}
