import { Compass } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/shell/logo";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * Rendered into every page's answer, as the boundary a missing record falls back to: its header is
 * the logo alone, so that each page does not draw and serialize a second header with the user's menus.
 */
export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="site-header">
        <div className="mx-auto flex h-16 max-w-screen-2xl items-center px-4 sm:px-6">
          <Logo />
        </div>
      </header>
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
