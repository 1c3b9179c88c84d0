"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { slugify, type PlanFormValues } from "@/lib/hosting/plans/schemas";
import { PlanFormSection } from "./plan-form-section";

/** Name, slug, taglines and the plan's switches. A new plan's slug follows its name until edited by hand. */
export function PlanGeneralSection({ suggestSlug }: { suggestSlug: boolean }) {
  const t = useTranslations("admin");
  const form = useFormContext<PlanFormValues>();
  const { control } = form;
  const toggles = [
    { name: "active", label: t("activeField"), hint: t("activeHint") },
    { name: "highlighted", label: t("highlighted"), hint: t("highlightedHint") },
    { name: "isCustom", label: t("isCustom"), hint: t("isCustomHint") },
  ] as const;
  return (
    <PlanFormSection title={t("sectionGeneral")}>
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <TextField
          control={control}
          name="name"
          label={t("name")}
          autoComplete="off"
          onChange={(name) => {
            if (suggestSlug && !form.getFieldState("slug").isDirty) form.setValue("slug", slugify(name));
          }}
        />
        <TextField
          control={control}
          name="slug"
          label={t("slug")}
          description={t("slugHint")}
          autoComplete="off"
          spellCheck={false}
          inputClassName="font-mono"
        />
        <TextField control={control} name="tagline.fr" label={t("taglineFr")} lang="fr" />
        <TextField control={control} name="tagline.en" label={t("taglineEn")} lang="en" />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {toggles.map((toggle) => (
          <SwitchField
            key={toggle.name}
            control={control}
            name={toggle.name}
            label={toggle.label}
            description={toggle.hint}
            className="rounded-lg border p-3"
          />
        ))}
      </div>
    </PlanFormSection>
  );
}
