import { getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { ClientMessages } from "@/components/client-messages";
import { BackLink } from "@/components/shell/back-link";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NewTicketForm } from "./new-ticket-form";

/** The frame of both "open a ticket" pages: the way back, the title and the form. */
export async function NewTicketPage({
  backHref,
  backLabel,
  description,
  form,
}: {
  backHref: string;
  backLabel: string;
  description: string;
  form: ComponentProps<typeof NewTicketForm>;
}) {
  const t = await getTranslations("tickets");
  return (
    <ClientMessages namespaces={["tickets", "ticketPriority"]}>
      <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
        <BackLink href={backHref}>{backLabel}</BackLink>
        <PageHeader title={t("newTitle")} description={description} className="pb-0" />
        <Card>
          <CardContent>
            <NewTicketForm {...form} />
          </CardContent>
        </Card>
      </div>
    </ClientMessages>
  );
}
