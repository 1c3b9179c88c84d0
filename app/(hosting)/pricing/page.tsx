import { Check } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/shell/site-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { formatMoney } from "@/lib/format";
import { listActivePlans, type LocalizedText } from "@/lib/hosting/plans";
import { cn } from "@/lib/utils";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("pricing") };
}

export default async function PricingPage() {
  const [plans, t, tCommon, locale] = await Promise.all([listActivePlans(), getTranslations("pricing"), getTranslations("common"), getLocale()]);
  const text = (value: unknown) => (value as LocalizedText)[locale];
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-14 sm:px-6">
        <div className="mx-auto max-w-2xl text-center">
          <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">{t("title")}</h1>
          <p className="mt-4 text-lg text-muted-foreground">{t("subtitle")}</p>
        </div>
        <div className="mt-12 grid gap-6 md:grid-cols-2 lg:grid-cols-4">
          {plans.map((plan) => (
            <Card key={plan.id} className={cn("relative", plan.highlighted && "border-primary shadow-lg ring-1 ring-primary")}>
              <CardHeader>
                <div className="flex items-center justify-between gap-2">
                  <CardTitle as="h2" className="text-xl">
                    {plan.name}
                  </CardTitle>
                  {plan.highlighted && <Badge>{t("popular")}</Badge>}
                  {plan.isCustom && <Badge variant="secondary">{t("custom")}</Badge>}
                </div>
                <CardDescription>{text(plan.tagline)}</CardDescription>
              </CardHeader>
              <CardContent className="flex flex-1 flex-col gap-5">
                <div>
                  {plan.isCustom && <p className="text-sm text-muted-foreground">{t("fromPrice")}</p>}
                  <p className="text-3xl font-semibold tracking-tight tabular-nums">
                    {formatMoney(plan.monthlyPriceCents, locale)}
                    <span className="text-base font-normal text-muted-foreground"> {tCommon("perMonth")}</span>
                  </p>
                  {plan.yearlyDiscountPercent > 0 && (
                    <p className="mt-1 text-sm font-medium text-success">{t("yearlyDiscount", { percent: plan.yearlyDiscountPercent })}</p>
                  )}
                </div>
                <p className="text-sm font-medium">{t("resources", { cpu: plan.cpuIncluded, ram: plan.ramIncludedGb, storage: plan.storageIncludedGb })}</p>
                <ul className="flex flex-col gap-2 text-sm">
                  {(plan.features as LocalizedText[]).map((feature) => (
                    <li key={feature.en} className="flex items-start gap-2">
                      <Check className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden="true" />
                      <span>{feature[locale]}</span>
                    </li>
                  ))}
                </ul>
              </CardContent>
              <CardFooter>
                <Button asChild className="w-full" variant={plan.highlighted ? "default" : "outline"}>
                  <Link href={`/register?callbackUrl=${encodeURIComponent(`/hosting?plan=${plan.slug}`)}`}>{t("choose", { plan: plan.name })}</Link>
                </Button>
              </CardFooter>
            </Card>
          ))}
        </div>
      </main>
    </div>
  );
}
