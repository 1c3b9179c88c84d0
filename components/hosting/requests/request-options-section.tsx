"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { RadioCardsField } from "@/components/forms/radio-cards-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { formatMoney } from "@/lib/format";
import type { HostingRequestInput } from "@/lib/hosting/requests/schemas";
import type { RequestPlan } from "./request-plan";
import { RequestSection } from "./request-section";

/** Step 4: options (those the plan includes are on and locked), billing cycle and notes. */
export function RequestOptionsSection({ plan, onLeave }: { plan: RequestPlan; onLeave: () => void }) {
  const t = useTranslations("request");
  const locale = useLocale();
  const { control } = useFormContext<HostingRequestInput>();
  const options = [
    { name: "ssl", label: t("ssl"), included: plan.sslIncluded, cents: plan.sslCents },
    { name: "backup", label: t("backup"), included: plan.backupIncluded, cents: plan.backupCents },
    { name: "cdn", label: t("cdn"), included: plan.cdnIncluded, cents: plan.cdnCents },
  ] as const;
  return (
    <RequestSection number={4} title={t("optionsTitle")} description={t("optionsDescription")} onLeave={onLeave}>
      {options.map((option) => (
        <SwitchField
          key={option.name}
          control={control}
          name={option.name}
          label={option.label}
          description={option.included ? t("included") : t("perMonthExtra", { amount: formatMoney(option.cents, locale) })}
          lockedOn={option.included}
          controlPosition="end"
          className="rounded-lg border p-3 sm:col-span-2"
        />
      ))}
      <RadioCardsField
        control={control}
        name="billingCycle"
        label={t("billingCycle")}
        className="sm:col-span-2"
        groupClassName="grid gap-3 sm:grid-cols-2"
        options={(["MONTHLY", "YEARLY"] as const).map((cycle) => ({
          value: cycle,
          label: (
            <span className="flex flex-col text-sm">
              <span className="font-medium">{t(cycle === "MONTHLY" ? "monthly" : "yearly")}</span>
              {cycle === "YEARLY" && plan.yearlyDiscountPercent > 0 && (
                <span className="text-xs text-success">{t("yearlySaving", { percent: plan.yearlyDiscountPercent })}</span>
              )}
            </span>
          ),
        }))}
      />
      <TextField control={control} name="notes" label={t("notes")} optional multiline rows={3} className="sm:col-span-2" />
    </RequestSection>
  );
}
