import { Compass } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/shell/site-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader counts={false} />
      <main id="main" className="flex flex-1 items-center justify-center p-6">
        <EmptyState
          icon={<Compass />}
          title={t("notFoundTitle")}
          titleAs="h2"
          description={t("notFoundDescription")}
          action={
            <Button asChild>
              <Link href="/">{t("backHome")}</Link>
            </Button>
          }
        />
      </main>
    </div>
  );
}
