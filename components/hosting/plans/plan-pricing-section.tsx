"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { MoneyField } from "@/components/forms/money-field";
import { NumberField } from "@/components/forms/number-field";
import { MAX_YEARLY_DISCOUNT_PERCENT, type PlanFormValues } from "@/lib/hosting/plans/schemas";
import { PlanFormSection } from "./plan-form-section";

/** The monthly price and the discount for paying a year at once. */
export function PlanPricingSection() {
  const t = useTranslations("admin");
  const { control } = useFormContext<PlanFormValues>();
  return (
    <PlanFormSection title={t("sectionPricing")}>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <MoneyField control={control} name="monthlyPriceCents" label={t("monthlyPrice")} />
        <NumberField
          control={control}
          name="yearlyDiscountPercent"
          label={t("yearlyDiscount")}
          description={t("yearlyDiscountHint")}
          min={0}
          max={MAX_YEARLY_DISCOUNT_PERCENT}
        />
      </div>
    </PlanFormSection>
  );
}
