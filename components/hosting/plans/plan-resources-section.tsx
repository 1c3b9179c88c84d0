"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { MoneyField } from "@/components/forms/money-field";
import { NumberField } from "@/components/forms/number-field";
import type { PlanFormValues } from "@/lib/hosting/plans/schemas";
import { CompactLabel, compactLabelClass } from "./compact-label";
import { PlanFormSection } from "./plan-form-section";

/** Per resource: what the plan includes, the range a customer may choose, the price of one more unit. */
export function PlanResourcesSection() {
  const t = useTranslations("admin");
  const { control } = useFormContext<PlanFormValues>();
  const resources = [
    { label: t("cpu"), included: "cpuIncluded", min: "cpuMin", max: "cpuMax", unit: "cpuUnitCents" },
    { label: t("ram"), included: "ramIncludedGb", min: "ramMinGb", max: "ramMaxGb", unit: "ramUnitCents" },
    { label: t("storage"), included: "storageIncludedGb", min: "storageMinGb", max: "storageMaxGb", unit: "storageUnitCents" },
  ] as const;
  return (
    <PlanFormSection title={t("sectionResources")} hint={t("sectionResourcesHint")}>
      <div className="flex flex-col gap-4">
        <div
          className="hidden grid-cols-[9rem_repeat(4,minmax(0,1fr))] gap-3 text-xs font-medium text-muted-foreground sm:grid"
          aria-hidden="true"
        >
          <span>{t("resource")}</span>
          <span>{t("includedField")}</span>
          <span>{t("min")}</span>
          <span>{t("max")}</span>
          <span>{t("unitPrice")}</span>
        </div>
        {resources.map((resource) => {
          // Each end of the min ≤ included ≤ max range is checked again when another one changes.
          const range = [
            { name: resource.included, label: t("includedField"), deps: [resource.min, resource.max] },
            { name: resource.min, label: t("min"), deps: [resource.included, resource.max] },
            { name: resource.max, label: t("max"), deps: [resource.included, resource.min] },
          ] as const;
          return (
            <div
              key={resource.included}
              role="group"
              aria-label={resource.label}
              className="grid grid-cols-2 items-start gap-3 rounded-lg border p-3 sm:grid-cols-[9rem_repeat(4,minmax(0,1fr))] sm:rounded-none sm:border-0 sm:p-0"
            >
              <span className="col-span-2 pt-2 text-sm font-medium sm:col-span-1">{resource.label}</span>
              {range.map((end) => (
                <NumberField
                  key={end.name}
                  control={control}
                  name={end.name}
                  deps={[...end.deps]}
                  min={0}
                  label={<CompactLabel context={resource.label}>{end.label}</CompactLabel>}
                  labelClassName={compactLabelClass}
                />
              ))}
              <MoneyField
                control={control}
                name={resource.unit}
                label={<CompactLabel context={resource.label}>{t("unitPrice")}</CompactLabel>}
                labelClassName={compactLabelClass}
              />
            </div>
          );
        })}
      </div>
    </PlanFormSection>
  );
}
