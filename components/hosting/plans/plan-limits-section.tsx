"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { FieldFrame } from "@/components/forms/field-frame";
import { NumberInput } from "@/components/forms/number-input";
import { Checkbox } from "@/components/ui/checkbox";
import { FormControl } from "@/components/ui/form";
import { Label } from "@/components/ui/label";
import type { PlanFormValues } from "@/lib/hosting/plans/schemas";
import { PlanFormSection } from "./plan-form-section";

/** Bandwidth and websites: a number, or unlimited (`null`); unticking "unlimited" starts from a usual value. */
export function PlanLimitsSection() {
  const t = useTranslations("admin");
  const { control } = useFormContext<PlanFormValues>();
  const limits = [
    { label: t("bandwidthGb"), name: "bandwidthGb", fallback: 1000 },
    { label: t("websites"), name: "websites", fallback: 10 },
  ] as const;
  return (
    <PlanFormSection title={t("sectionLimits")}>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        {limits.map((limit) => (
          <FieldFrame key={limit.name} control={control} name={limit.name} label={limit.label}>
            {(field) => {
              const unlimited = field.value === null;
              const checkboxId = `${limit.name}-unlimited`;
              return (
                <div className="flex items-center gap-3">
                  <FormControl>
                    <NumberInput
                      min={1}
                      name={field.name}
                      ref={field.ref}
                      onBlur={field.onBlur}
                      disabled={unlimited}
                      placeholder={unlimited ? t("unlimited") : undefined}
                      value={field.value}
                      onChange={field.onChange}
                    />
                  </FormControl>
                  <div className="flex shrink-0 items-center gap-2">
                    <Checkbox
                      id={checkboxId}
                      checked={unlimited}
                      onCheckedChange={(checked) => field.onChange(checked === true ? null : limit.fallback)}
                    />
                    <Label htmlFor={checkboxId} className="font-normal">
                      {t("unlimited")}
                      <span className="sr-only"> ({limit.label})</span>
                    </Label>
                  </div>
                </div>
              );
            }}
          </FieldFrame>
        ))}
      </div>
    </PlanFormSection>
  );
}
