import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { formatMoney } from "@/lib/format";
import { defaultConfiguration, detailedQuote } from "@/lib/hosting/pricing";
import { cn } from "@/lib/utils";
import { PlanLink } from "./plan-link";
import { requestHref, type PlanView } from "./plan-view";

/* Both cycles are rendered; the BillingCycleProvider around shows one (no layout shift, no client JS here). */
const monthlyOnly = "group-data-[cycle=YEARLY]/cycle:hidden";
const yearlyOnly = "hidden group-data-[cycle=YEARLY]/cycle:block";
const yearlyOnlyButton = "hidden group-data-[cycle=YEARLY]/cycle:inline-flex";

/**
 * The plan cards, server-rendered; prices and "Choose" links follow the page's billing cycle. The
 * links lead through registration until the browser knows the visitor is signed in (`PlanLink`).
 */
export async function PlanCards({ plans }: { plans: PlanView[] }) {
  const [t, locale] = await Promise.all([getTranslations("pricing"), getLocale()]);
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <ul className="grid gap-6 md:grid-cols-2 xl:grid-cols-4" aria-label={t("plansLabel")}>
      {plans.map((plan) => {
        const monthly = defaultConfiguration(plan, "MONTHLY");
        const yearly = defaultConfiguration(plan, "YEARLY");
        const q = detailedQuote(plan, yearly);
        return (
          <li key={plan.id} className="flex">
            <Card
              data-testid={`plan-${plan.slug}`}
              className={cn("relative w-full", plan.highlighted && "border-primary shadow-lg ring-1 ring-primary")}
            >
              <CardHeader>
                <div className="flex min-h-6 items-center justify-between gap-2">
                  <CardTitle as="h3" className="text-xl">
                    {plan.name}
                  </CardTitle>
                  {plan.highlighted && <Badge>{t("popular")}</Badge>}
                  {plan.isCustom && <Badge variant="secondary">{t("custom")}</Badge>}
                </div>
                <CardDescription className="xl:min-h-10">{plan.tagline}</CardDescription>
              </CardHeader>
              <CardContent className="flex flex-1 flex-col gap-5">
                <div>
                  <p className="flex min-h-6 items-center gap-2 text-sm text-muted-foreground">
                    {plan.isCustom && <span>{t("fromPrice")}</span>}
                    {plan.yearlyDiscountPercent > 0 && (
                      <Badge variant="success" className={yearlyOnlyButton}>
                        {t("yearlyBadge", { percent: plan.yearlyDiscountPercent })}
                      </Badge>
                    )}
                  </p>
                  <div className={monthlyOnly}>
                    <p className="text-3xl font-semibold tracking-tight tabular-nums" data-testid="plan-price">
                      {money(plan.monthlyPriceCents)}
                      <span className="text-sm font-normal whitespace-nowrap text-muted-foreground"> {t("perMonthExVat")}</span>
                    </p>
                    <p className="mt-1 text-sm text-muted-foreground">{t("billedMonthly")}</p>
                    <p className="mt-1 text-sm font-medium text-success">
                      {plan.yearlyDiscountPercent > 0 ? t("yearlyDiscount", { percent: plan.yearlyDiscountPercent }) : "\u00a0"}
                    </p>
                  </div>
                  <div className={yearlyOnly}>
                    <p className="text-3xl font-semibold tracking-tight tabular-nums" data-testid="plan-price-yearly">
                      {money(q.yearlyPerMonthCents)}
                      <span className="text-sm font-normal whitespace-nowrap text-muted-foreground"> {t("perMonthExVat")}</span>
                    </p>
                    <p className="mt-1 text-sm text-muted-foreground tabular-nums">{t("billedYearly", { amount: money(q.yearlyCents) })}</p>
                    <p className="mt-1 text-sm font-medium text-success tabular-nums">
                      {plan.yearlyDiscountPercent > 0 ? t("yearlySaving", { amount: money(q.yearlySavingsCents) }) : "\u00a0"}
                    </p>
                  </div>
                </div>
                <p className="text-sm font-medium">
                  {t("resources", { cpu: plan.cpuIncluded, ram: plan.ramIncludedGb, storage: plan.storageIncludedGb })}
                </p>
                <ul className="check-list text-sm">
                  {plan.features.map((feature) => (
                    <li key={feature}>{feature}</li>
                  ))}
                </ul>
              </CardContent>
              <CardFooter>
                <Button asChild className={cn("w-full", monthlyOnly)} variant={plan.highlighted ? "default" : "outline"}>
                  <PlanLink prefetch={false} target={requestHref(plan.slug, monthly, true)}>
                    {t("choose", { plan: plan.name })}
                  </PlanLink>
                </Button>
                <Button asChild className={cn("w-full", yearlyOnlyButton)} variant={plan.highlighted ? "default" : "outline"}>
                  <PlanLink prefetch={false} target={requestHref(plan.slug, yearly, true)}>
                    {t("choose", { plan: plan.name })}
                  </PlanLink>
                </Button>
              </CardFooter>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
