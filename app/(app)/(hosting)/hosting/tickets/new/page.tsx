import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewTicketPage } from "@/components/tickets/new-ticket-page";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/require-page";
import { linkableRequests } from "@/lib/tickets/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets"))("newTitle") };
}

/** A customer opens a ticket, optionally about one of their hosting requests (`?request=`). */
export default async function NewCustomerTicketPage({ searchParams }: { searchParams: Promise<{ request?: string }> }) {
  const user = await requirePage("portal:access");
  const { request } = await searchParams;
  if (can(user.role, "tickets:manage")) redirect(`/crm/tickets/new${request ? `?request=${encodeURIComponent(request)}` : ""}`);
  const [requests, t] = await Promise.all([linkableRequests(user, user.id), getTranslations("tickets")]);

  return (
    <NewTicketPage
      backHref="/hosting/tickets"
      backLabel={t("backToMine")}
      description={t("newSubtitle")}
      form={{
        staff: false,
        customer: { id: user.id, name: user.name, email: user.email, company: null },
        requests,
        defaultRequestId: request,
      }}
    />
  );
}
