"use client";

import { Check } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { formatMoney } from "@/lib/format";
import type { Configuration, PlanPricing } from "@/lib/hosting/pricing";

export type OptionKey = "ssl" | "backup" | "cdn";

/** The options as switches with their price; those the plan includes are on and locked. */
export function CalculatorOptions({
  plan,
  config,
  onChange,
}: {
  plan: PlanPricing;
  config: Configuration;
  onChange: (key: OptionKey, on: boolean) => void;
}) {
  const t = useTranslations("pricing.calculator");
  const locale = useLocale();
  const options: { key: OptionKey; included: boolean; cents: number }[] = [
    { key: "ssl", included: plan.sslIncluded, cents: plan.sslCents },
    { key: "backup", included: plan.backupIncluded, cents: plan.backupCents },
    { key: "cdn", included: plan.cdnIncluded, cents: plan.cdnCents },
  ];
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-3 text-sm font-medium">{t("optionsLegend")}</legend>
      {options.map((o) => {
        const id = `calc-${o.key}`;
        return (
          <div key={o.key} className="flex items-center justify-between gap-4 rounded-lg border px-3 py-2.5">
            <div className="flex items-center gap-3">
              <Switch
                id={id}
                checked={o.included || config[o.key]}
                disabled={o.included}
                onCheckedChange={(checked) => onChange(o.key, checked)}
                aria-describedby={`${id}-price`}
              />
              <Label htmlFor={id} className="leading-snug peer-disabled:cursor-default peer-disabled:opacity-100">
                {t(`options.${o.key}`)}
              </Label>
            </div>
            <span id={`${id}-price`} className="text-sm whitespace-nowrap text-muted-foreground tabular-nums">
              {o.included ? (
                <Badge variant="success">
                  <Check aria-hidden="true" />
                  {t("included")}
                </Badge>
              ) : (
                t("optionPrice", { price: formatMoney(o.cents, locale) })
              )}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
