"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { FieldFrame } from "@/components/forms/field-frame";
import { MoneyField } from "@/components/forms/money-field";
import { Checkbox } from "@/components/ui/checkbox";
import { FormControl } from "@/components/ui/form";
import type { PlanFormValues } from "@/lib/hosting/plans/schemas";
import { CompactLabel } from "./compact-label";
import { PlanFormSection } from "./plan-form-section";

/** SSL, backup and CDN: included in the plan, or their monthly price. */
export function PlanOptionsSection() {
  const t = useTranslations("admin");
  const { control } = useFormContext<PlanFormValues>();
  const options = [
    { label: t("ssl"), included: "sslIncluded", price: "sslCents" },
    { label: t("backup"), included: "backupIncluded", price: "backupCents" },
    { label: t("cdn"), included: "cdnIncluded", price: "cdnCents" },
  ] as const;
  return (
    <PlanFormSection title={t("sectionOptions")}>
      <div className="grid gap-3 sm:grid-cols-3">
        {options.map((option) => (
          <div key={option.included} role="group" aria-label={option.label} className="flex flex-col gap-3 rounded-lg border p-3">
            <span className="text-sm font-medium">{option.label}</span>
            <FieldFrame
              control={control}
              name={option.included}
              layout="control-first"
              className="items-center gap-2"
              labelClassName="font-normal"
              label={
                <>
                  {t("includedInPlan")}
                  <span className="sr-only"> ({option.label})</span>
                </>
              }
            >
              {(field) => (
                <FormControl>
                  <Checkbox
                    checked={field.value}
                    onCheckedChange={(checked) => field.onChange(checked === true)}
                    onBlur={field.onBlur}
                    ref={field.ref}
                  />
                </FormControl>
              )}
            </FieldFrame>
            <MoneyField
              control={control}
              name={option.price}
              label={<CompactLabel context={option.label}>{t("optionPrice")}</CompactLabel>}
            />
          </div>
        ))}
      </div>
    </PlanFormSection>
  );
}
