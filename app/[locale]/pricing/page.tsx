import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { SiteFooter } from "@/components/shell/site-footer";
import { BillingCycleProvider, BillingCycleSwitch } from "@/components/hosting/pricing/billing-cycle";
import { ComparisonTable } from "@/components/hosting/pricing/comparison-table";
import { PlanCards } from "@/components/hosting/pricing/plan-cards";
import { PriceCalculator } from "@/components/hosting/pricing/price-calculator";
import { toPlanView } from "@/components/hosting/pricing/plan-view";
import { PublicSiteHeader } from "@/components/public/public-site-header";
import { isLocale, type Locale } from "@/i18n/locales";
import { listActivePlans } from "@/lib/hosting/plans/queries";
import { VAT_RATE_PERCENT } from "@/lib/hosting/pricing";

/**
 * The same for every visitor, one page per language, served from Next's cache: a plan's change drops
 * it at once on the instance that made it (`invalidatePricing`), other instances re-read it after
 * this many seconds at the most. The "Choose" links lead signed-in visitors straight on (the proxy).
 */
export const revalidate = 30;

type Props = { params: Promise<{ locale: string }> };

async function localeOf(params: Props["params"]): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : "fr";
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [tNav, t] = await Promise.all([getTranslations({ locale, namespace: "nav" }), getTranslations({ locale, namespace: "pricing" })]);
  return { title: tNav("pricing"), description: t("subtitle") };
}

export default async function PricingPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const [rows, t] = await Promise.all([listActivePlans(), getTranslations("pricing")]);
  const plans = rows.map((row) => toPlanView(row, locale));
  const maxDiscount = Math.max(0, ...plans.map((p) => p.yearlyDiscountPercent));

  return (
    <div className="flex min-h-dvh flex-col">
      <PublicSiteHeader />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-14 sm:px-6">
        <div className="mx-auto max-w-2xl text-center">
          <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">{t("title")}</h1>
          <p className="mt-4 text-lg text-pretty text-muted-foreground">{t("subtitle")}</p>
        </div>
        {plans.length === 0 ? (
          <p className="mt-12 text-center text-muted-foreground">{t("empty")}</p>
        ) : (
          <ClientMessages namespaces={["pricing"]} forms={false}>
            <BillingCycleProvider>
              <section aria-labelledby="plans-title" className="mt-10">
                <h2 id="plans-title" className="sr-only">
                  {t("plansTitle")}
                </h2>
                <BillingCycleSwitch maxDiscountPercent={maxDiscount} className="mb-10" />
                <PlanCards plans={plans} />
                <p className="mt-6 text-center text-sm text-muted-foreground">{t("vatNote", { percent: VAT_RATE_PERCENT })}</p>
              </section>

              <section aria-labelledby="compare-title" className="mt-20">
                <div className="mb-6 max-w-2xl">
                  <h2 id="compare-title" className="text-2xl font-semibold tracking-tight sm:text-3xl">
                    {t("compare.title")}
                  </h2>
                  <p className="mt-2 text-muted-foreground">{t("compare.subtitle")}</p>
                </div>
                <ComparisonTable plans={plans} captionId="compare-title" />
              </section>

              <section aria-labelledby="calculator-title" className="mt-20 scroll-mt-20" id="calculator">
                <div className="mb-6 max-w-2xl">
                  <h2 id="calculator-title" className="text-2xl font-semibold tracking-tight sm:text-3xl">
                    {t("calculator.title")}
                  </h2>
                  <p className="mt-2 text-muted-foreground">{t("calculator.subtitle")}</p>
                </div>
                {/* A boundary of its own: React hydrates the calculator in a separate, interruptible pass. */}
                <Suspense>
                  <PriceCalculator plans={plans} />
                </Suspense>
              </section>
            </BillingCycleProvider>
          </ClientMessages>
        )}
      </main>
      <SiteFooter />
    </div>
  );
}
