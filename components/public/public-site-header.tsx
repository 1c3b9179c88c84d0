import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { IntentLink } from "@/components/shell/intent-link";
import { Logo } from "@/components/shell/logo";
import { Button } from "@/components/ui/button";
import { PublicHeaderActions, PublicHeaderNav } from "./public-header-session";

/**
 * The header of the pages served from cache (pricing, status): the same HTML for every visitor.
 * Whoever is signed in gets their navigation, bell and menu from the browser (`ViewerProvider`).
 */
export async function PublicSiteHeader() {
  const t = await getTranslations("nav");
  const items = [
    { href: "/pricing", label: t("pricing"), match: "/pricing" },
    { href: "/status", label: t("status"), match: "/status" },
  ];
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex h-16 max-w-screen-2xl items-center gap-4 px-4 sm:px-6">
        <Logo href="/pricing" />
        {/* The bell translates type labels and request statuses in the browser (live notifications too). */}
        <ClientMessages
          namespaces={["roles", "notifications", "notificationType", "requestStatus", "alertSeverity", "livepulseNames"]}
          forms={false}
        >
          <PublicHeaderNav items={items} label={t("mainNavigation")} />
          <div className="ml-auto">
            <PublicHeaderActions>
              <LocaleSwitcher />
              <Button asChild variant="ghost" size="sm" className="hidden sm:inline-flex">
                <IntentLink href="/register">{t("register")}</IntentLink>
              </Button>
              <Button asChild size="sm">
                <IntentLink href="/login">{t("login")}</IntentLink>
              </Button>
            </PublicHeaderActions>
          </div>
        </ClientMessages>
      </div>
    </header>
  );
}
