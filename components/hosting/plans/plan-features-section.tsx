"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { MAX_FEATURES, type PlanFormValues } from "@/lib/hosting/plans/schemas";
import { PlanFormSection } from "./plan-form-section";

/** The plan's highlights, each in French and English: added, removed, at least one. */
export function PlanFeaturesSection() {
  const t = useTranslations("admin");
  const { control, formState } = useFormContext<PlanFormValues>();
  const features = useFieldArray({ control, name: "features" });
  const error = formState.errors.features;
  const message = error?.root?.message ?? error?.message;
  return (
    <PlanFormSection title={t("features")} hint={t("featuresHint")}>
      <ol className="flex flex-col gap-3">
        {features.fields.map((item, index) => (
          <li key={item.id} className="grid grid-cols-[1.5rem_minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-2">
            <span className="pt-2 text-right text-sm text-muted-foreground tabular-nums" aria-hidden="true">
              {index + 1}.
            </span>
            {(["fr", "en"] as const).map((lang) => (
              <TextField
                key={lang}
                control={control}
                name={`features.${index}.${lang}`}
                label={lang === "fr" ? t("featureFr", { n: index + 1 }) : t("featureEn", { n: index + 1 })}
                labelClassName="sr-only"
                lang={lang}
                placeholder={lang.toUpperCase()}
              />
            ))}
            <Button
              variant="ghost"
              size="icon"
              aria-label={t("removeFeature", { n: index + 1 })}
              disabled={features.fields.length <= 1}
              onClick={() => features.remove(index)}
            >
              <Trash2 aria-hidden="true" />
            </Button>
          </li>
        ))}
      </ol>
      {message && (
        <p className="text-sm text-destructive" role="alert">
          {message}
        </p>
      )}
      <div>
        <Button
          variant="outline"
          size="sm"
          disabled={features.fields.length >= MAX_FEATURES}
          onClick={() => features.append({ fr: "", en: "" })}
        >
          <Plus aria-hidden="true" />
          {t("addFeature")}
        </Button>
      </div>
    </PlanFormSection>
  );
}
