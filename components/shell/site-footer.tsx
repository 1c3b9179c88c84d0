import { getTranslations } from "next-intl/server";
import { IntentLink } from "./intent-link";

/** The public pages' footer: the brand and the links every visitor may follow. */
export async function SiteFooter() {
  const [t, tBrand] = await Promise.all([getTranslations("nav"), getTranslations("brand")]);
  return (
    <footer className="border-t">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-muted-foreground sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          © {new Date().getUTCFullYear()} {tBrand("name")}
        </p>
        <nav aria-label={t("footerNavigation")} className="flex gap-5">
          <IntentLink href="/pricing" className="hover:text-foreground">
            {t("pricing")}
          </IntentLink>
          <IntentLink href="/status" className="hover:text-foreground">
            {t("status")}
          </IntentLink>
        </nav>
      </div>
    </footer>
  );
}
