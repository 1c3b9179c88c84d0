import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { linkableRequests } from "@/lib/tickets/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets"))("newTitle") };
}

/** A customer opens a ticket, optionally about one of their hosting requests (`?request=`). */
export default async function NewTicketPage({ searchParams }: { searchParams: Promise<{ request?: string }> }) {
  const user = await currentUser();
  if (!user) redirect("/login?callbackUrl=/hosting/tickets/new");
  const { request } = await searchParams;
  if (can(user.role, "tickets:manage")) redirect(`/crm/tickets/new${request ? `?request=${encodeURIComponent(request)}` : ""}`);
  const [requests, t] = await Promise.all([linkableRequests(user, user.id), getTranslations("tickets")]);

  return (
    <ClientMessages namespaces={["tickets", "ticketPriority"]}>
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
        <Link href="/hosting/tickets" className="flex w-fit items-center gap-1.5 text-sm text-muted-foreground hover:text-foreground">
          <ArrowLeft className="size-4" aria-hidden="true" /> {t("backToMine")}
        </Link>
        <PageHeader title={t("newTitle")} description={t("newSubtitle")} className="pb-0" />
        <Card>
          <CardContent>
            <NewTicketForm
              staff={false}
              customer={{ id: user.id, name: user.name, email: user.email, company: null }}
              requests={requests}
              defaultRequestId={request}
            />
          </CardContent>
        </Card>
      </div>
    </ClientMessages>
  );
}
