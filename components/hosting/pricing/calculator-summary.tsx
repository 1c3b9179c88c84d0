"use client";

import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { formatMoney } from "@/lib/format";
import { VAT_RATE_PERCENT, type Configuration, type DetailedQuote, type QuoteLine } from "@/lib/hosting/pricing";
import { cn } from "@/lib/utils";
import { requestHref, type PlanView } from "./plan-view";

/** The calculator's price: line by line, monthly and yearly, the total with VAT, and the way to request it. */
export function CalculatorSummary({
  plan,
  config,
  quote: q,
  signedIn,
}: {
  plan: PlanView;
  config: Configuration;
  quote: DetailedQuote;
  signedIn: boolean;
}) {
  const t = useTranslations("pricing.calculator");
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, locale);
  const yearly = config.billingCycle === "YEARLY";

  const lineValue = (line: QuoteLine) => {
    if (line.included) return t("included");
    if (["ssl", "backup", "cdn"].includes(line.key) && line.quantity === 0) return t("notChosen");
    return money(line.monthlyCents);
  };
  const lineLabel = (line: QuoteLine) => {
    switch (line.key) {
      case "base":
        return t("lines.base", { plan: plan.name });
      case "cpu":
        return t("lines.cpu", { count: line.quantity, unit: money(line.unitCents) });
      case "ram":
        return t("lines.ram", { count: line.quantity, unit: money(line.unitCents) });
      case "storage":
        return t("lines.storage", { count: line.quantity, unit: money(line.unitCents) });
      default:
        return t(`options.${line.key}`);
    }
  };

  return (
    <Card className="lg:sticky lg:top-20" data-testid="calculator-summary">
      <CardHeader>
        <CardTitle as="h3" className="text-lg">
          {t("summaryTitle", { plan: plan.name })}
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        <div>
          <p className="mb-2 text-xs font-medium tracking-wide text-muted-foreground uppercase">{t("breakdown")}</p>
          <dl className="flex flex-col gap-1.5 text-sm">
            {q.lines.map((line) => (
              <div key={line.key} className="flex justify-between gap-4">
                <dt className="text-muted-foreground">{lineLabel(line)}</dt>
                <dd className={cn("tabular-nums", line.included && "text-success")}>{lineValue(line)}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div className="border-t pt-4">
          <dl className="flex flex-col gap-1.5 text-sm">
            <div className="flex justify-between gap-4">
              <dt>{t("monthlyTotal")}</dt>
              <dd className="font-medium tabular-nums" data-testid="calculator-monthly">
                {money(q.monthlyCents)}
              </dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt>
                {t("yearlyTotal")}{" "}
                {plan.yearlyDiscountPercent > 0 && (
                  <span className="text-success">{t("discount", { percent: plan.yearlyDiscountPercent })}</span>
                )}
              </dt>
              <dd className="font-medium tabular-nums" data-testid="calculator-yearly">
                {money(q.yearlyCents)}
              </dd>
            </div>
          </dl>
          {q.yearlySavingsCents > 0 && (
            <p className="mt-1.5 text-right text-xs text-success">{t("savings", { amount: money(q.yearlySavingsCents) })}</p>
          )}
        </div>
        <div className="rounded-lg bg-muted/60 p-4" aria-live="polite" aria-atomic="true" data-testid="calculator-total">
          <dl className="flex flex-col gap-1.5 text-sm">
            <div className="flex justify-between gap-4">
              <dt>{yearly ? t("subtotalYearly") : t("subtotalMonthly")}</dt>
              <dd className="tabular-nums">{money(q.subtotalCents)}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt>{t("vat", { percent: VAT_RATE_PERCENT })}</dt>
              <dd className="tabular-nums">{money(q.vatCents)}</dd>
            </div>
            <div className="mt-2 flex items-baseline justify-between gap-4 border-t pt-3">
              <dt className="font-medium">{yearly ? t("totalYearly") : t("totalMonthly")}</dt>
              <dd className="text-2xl font-semibold tracking-tight tabular-nums" data-testid="calculator-total-amount">
                {money(q.totalCents)}
              </dd>
            </div>
          </dl>
          {yearly && (
            <p className="mt-1 text-right text-xs text-muted-foreground">
              {t("perMonthEquivalent", { amount: money(q.yearlyPerMonthCents) })}
            </p>
          )}
        </div>
      </CardContent>
      <CardFooter className="flex-col items-stretch gap-2">
        <Button asChild size="lg">
          <Link prefetch={false} href={requestHref(plan.slug, config, signedIn)}>
            {t("request")}
            <ArrowRight aria-hidden="true" />
          </Link>
        </Button>
        {!signedIn && <p className="text-center text-xs text-muted-foreground">{t("signedOutHint")}</p>}
      </CardFooter>
    </Card>
  );
}
