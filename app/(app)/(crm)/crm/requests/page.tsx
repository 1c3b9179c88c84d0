import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RequestList } from "@/components/hosting/requests/request-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hosting"))("staffTitle") };
}

export default async function CrmRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("crm:read");
  const [search, t] = await Promise.all([searchParams, getTranslations("hosting")]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("staffTitle")} description={t("staffSubtitle")} />
      <RequestList user={user} searchParams={search} basePath="/crm/requests" />
    </div>
  );
}
