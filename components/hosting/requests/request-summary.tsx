"use client";

import { Lock } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { SubmitButton } from "@/components/forms/submit-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatMoney } from "@/lib/format";
import type { BillingCycle, Quote } from "@/lib/hosting/pricing";

/** The price of what is chosen, live, and the button that sends the request. */
export function RequestSummary({ planName, cycle, price, sent }: { planName: string; cycle: BillingCycle; price: Quote; sent: boolean }) {
  const t = useTranslations("request");
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, locale);
  const yearly = cycle === "YEARLY";
  return (
    <Card className="lg:sticky lg:top-20" aria-labelledby="summary-title">
      <CardHeader>
        <CardTitle as="h2" id="summary-title">
          {t("summaryTitle")}
        </CardTitle>
        <CardDescription>
          {planName} · {t(yearly ? "yearly" : "monthly")}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3 text-sm">
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-2" aria-live="polite">
          <dt className="text-muted-foreground">{t("monthlyPrice")}</dt>
          <dd className="text-right tabular-nums">{money(price.monthlyCents)}</dd>
          <dt className="text-muted-foreground">{t("yearlyPrice")}</dt>
          <dd className="text-right tabular-nums">{money(price.yearlyCents)}</dd>
          <dt className="text-muted-foreground">{t("vat")}</dt>
          <dd className="text-right tabular-nums">{money(price.vatCents)}</dd>
        </dl>
        <hr />
        <div className="flex items-baseline justify-between gap-4">
          <span className="font-medium">{t(yearly ? "totalYearly" : "totalMonthly")}</span>
          <span className="text-2xl font-semibold tabular-nums" data-testid="request-total">
            {money(price.totalCents)}
          </span>
        </div>
        <SubmitButton size="lg" className="mt-2 w-full" pending={sent} pendingLabel={t("submitting")} icon={<Lock aria-hidden="true" />}>
          {t("submit")}
        </SubmitButton>
        <p className="text-xs text-muted-foreground">{t("noCommitment")}</p>
      </CardContent>
    </Card>
  );
}
