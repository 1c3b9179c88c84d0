import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SlaForm } from "@/components/tickets/sla-form";
import { ClientMessages } from "@/components/client-messages";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";
import { listSlaPolicies } from "@/lib/tickets/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("slaAdmin"))("title") };
}

export default async function AdminSlaPage() {
  const user = await requirePage("sla:write");
  const [policies, t] = await Promise.all([listSlaPolicies(user), getTranslations("slaAdmin")]);
  return (
    <ClientMessages namespaces={["slaAdmin", "ticketPriority"]}>
      <div className="flex max-w-3xl flex-col gap-6">
        <PageHeader title={t("title")} description={t("subtitle")} className="pb-0" />
        <Card className="py-2">
          <CardContent className="px-2 sm:px-4">
            <SlaForm
              policies={policies.map(({ priority, firstResponseMinutes, resolutionMinutes }) => ({
                priority,
                firstResponseMinutes,
                resolutionMinutes,
              }))}
            />
          </CardContent>
        </Card>
      </div>
    </ClientMessages>
  );
}
