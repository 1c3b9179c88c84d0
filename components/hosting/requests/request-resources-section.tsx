"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { NumberField } from "@/components/forms/number-field";
import { RadioCardsField } from "@/components/forms/radio-cards-field";
import { formatMoney } from "@/lib/format";
import type { HostingRequestInput } from "@/lib/hosting/requests/schemas";
import type { RequestPlan } from "./request-plan";
import { RequestSection } from "./request-section";

/** Step 2: the plan, then its resources within the plan's ranges. Choosing a plan starts from what it includes. */
export function RequestResourcesSection({ plans, plan, onLeave }: { plans: RequestPlan[]; plan: RequestPlan; onLeave: () => void }) {
  const t = useTranslations("request");
  const locale = useLocale();
  const form = useFormContext<HostingRequestInput>();

  function startFrom(slug: string) {
    const next = plans.find((p) => p.slug === slug);
    if (!next) return;
    form.setValue("cpuCores", next.cpuIncluded);
    form.setValue("ramGb", next.ramIncludedGb);
    form.setValue("storageGb", next.storageIncludedGb);
    if (next.sslIncluded) form.setValue("ssl", true);
    if (next.backupIncluded) form.setValue("backup", true);
    if (next.cdnIncluded) form.setValue("cdn", true);
  }

  const resources = [
    { name: "cpuCores", label: t("cpu"), min: plan.cpuMin, max: plan.cpuMax, unit: "vCPU" },
    { name: "ramGb", label: t("ram"), min: plan.ramMinGb, max: plan.ramMaxGb, unit: t("gb") },
    { name: "storageGb", label: t("storage"), min: plan.storageMinGb, max: plan.storageMaxGb, unit: t("gb") },
  ] as const;

  return (
    <RequestSection number={2} title={t("resourcesTitle")} description={t("resourcesDescription")} onLeave={onLeave}>
      <RadioCardsField
        control={form.control}
        name="planSlug"
        label={t("plan")}
        className="sm:col-span-2"
        groupClassName="grid gap-3 sm:grid-cols-2 xl:grid-cols-4"
        onChange={startFrom}
        options={plans.map((p) => ({
          value: p.slug,
          label: (
            <span className="flex flex-col">
              <span className="font-medium">{p.name}</span>
              <span className="text-xs text-muted-foreground">
                {t("fromPerMonth", { amount: formatMoney(p.monthlyPriceCents, locale) })}
              </span>
            </span>
          ),
        }))}
      />
      {resources.map((resource) => (
        <NumberField
          key={resource.name}
          control={form.control}
          name={resource.name}
          label={resource.label}
          description={t("range", { min: resource.min, max: resource.max, unit: resource.unit })}
          min={resource.min}
          max={resource.max}
        />
      ))}
    </RequestSection>
  );
}
