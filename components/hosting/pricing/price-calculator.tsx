"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useViewer } from "@/components/public/viewer";
import { Card, CardContent } from "@/components/ui/card";
import { formatMoney } from "@/lib/format";
import { clampConfiguration, defaultConfiguration, detailedQuote, validateConfiguration, type Configuration } from "@/lib/hosting/pricing";
import { useBillingCycle } from "./billing-cycle";
import { CalculatorOptions } from "./calculator-options";
import { CalculatorSummary } from "./calculator-summary";
import { ChoiceCards } from "./choice-cards";
import type { PlanView } from "./plan-view";
import { ResourceField, type ResourceKey } from "./resource-field";

type Choice = Omit<Configuration, "billingCycle">;

const choiceOf = (plan: PlanView): Choice => {
  const { cpuCores, ramGb, storageGb, ssl, backup, cdn } = defaultConfiguration(plan);
  return { cpuCores, ramGb, storageGb, ssl, backup, cdn };
};

/**
 * Choose a plan, its resources and options; see the price live. Reads the page's billing cycle, and
 * whether the visitor is signed in from the public pages' `ViewerProvider` (the page is cached).
 */
export function PriceCalculator({ plans }: { plans: PlanView[] }) {
  const signedIn = Boolean(useViewer());
  const t = useTranslations("pricing.calculator");
  const tCycle = useTranslations("pricing.cycle");
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, locale);
  const { cycle, setCycle } = useBillingCycle();
  const [slug, setSlug] = useState(() => (plans.find((p) => p.highlighted) ?? plans[0]).slug);
  const plan = plans.find((p) => p.slug === slug) ?? plans[0];
  const [choice, setChoice] = useState<Choice>(() => choiceOf(plan));
  const config: Configuration = clampConfiguration(plan, { ...choice, billingCycle: cycle });

  const choosePlan = (next: string) => {
    const nextPlan = plans.find((p) => p.slug === next);
    if (!nextPlan) return;
    setSlug(next);
    setChoice(choiceOf(nextPlan));
  };
  const set = <K extends keyof Choice>(key: K, value: Choice[K]) => setChoice((c) => ({ ...c, [key]: value }));

  const resources: { key: ResourceKey; unit: "cpu" | "gb"; min: number; max: number; included: number; unitCents: number }[] = [
    { key: "cpuCores", unit: "cpu", min: plan.cpuMin, max: plan.cpuMax, included: plan.cpuIncluded, unitCents: plan.cpuUnitCents },
    { key: "ramGb", unit: "gb", min: plan.ramMinGb, max: plan.ramMaxGb, included: plan.ramIncludedGb, unitCents: plan.ramUnitCents },
    {
      key: "storageGb",
      unit: "gb",
      min: plan.storageMinGb,
      max: plan.storageMaxGb,
      included: plan.storageIncludedGb,
      unitCents: plan.storageUnitCents,
    },
  ];

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_380px] lg:items-start">
      <Card>
        <CardContent className="flex flex-col gap-8">
          <ChoiceCards
            legend={t("plan")}
            className="grid grid-cols-2 gap-2 sm:grid-cols-4"
            value={slug}
            onChange={choosePlan}
            options={plans.map((p) => ({ value: p.slug, title: p.name, hint: t("planFrom", { price: money(p.monthlyPriceCents) }) }))}
          />
          <div className="flex flex-col gap-7">
            {resources.map((r) => (
              <ResourceField
                key={`${slug}-${r.key}`}
                field={r.key}
                unit={r.unit}
                min={r.min}
                max={r.max}
                included={r.included}
                unitPrice={money(r.unitCents)}
                value={config[r.key]}
                onValue={(value) => set(r.key, value)}
                validate={(value) => validateConfiguration(plan, { ...config, [r.key]: value })[r.key]}
              />
            ))}
          </div>
          <CalculatorOptions plan={plan} config={config} onChange={set} />
          <ChoiceCards
            legend={tCycle("legend")}
            className="grid grid-cols-2 gap-2 sm:max-w-md"
            value={cycle}
            onChange={setCycle}
            options={(["MONTHLY", "YEARLY"] as const).map((value) => ({
              value,
              title: value === "YEARLY" ? tCycle("yearly") : tCycle("monthly"),
              hint: value === "YEARLY" ? t("yearlyHint", { percent: plan.yearlyDiscountPercent }) : t("monthlyHint"),
            }))}
          />
        </CardContent>
      </Card>
      <CalculatorSummary plan={plan} config={config} quote={detailedQuote(plan, config)} signedIn={signedIn} />
    </div>
  );
}
