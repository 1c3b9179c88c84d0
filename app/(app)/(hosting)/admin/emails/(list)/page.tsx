import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailList } from "@/components/mail/email-list";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/require-page";
import { mailIsSent } from "@/lib/mail/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("emailLog"))("title") };
}

export default async function AdminEmailsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePage("emails:read");
  const [search, t] = await Promise.all([searchParams, getTranslations("emailLog")]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("subtitle")} className="pb-0" />
      {mailIsSent() ? null : (
        <Alert variant="warning">
          <AlertDescription>{t("noSmtp")}</AlertDescription>
        </Alert>
      )}
      <EmailList user={user} searchParams={search} />
    </div>
  );
}
