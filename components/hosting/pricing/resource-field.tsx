"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Slider } from "@/components/ui/slider";
import type { ConfigurationError } from "@/lib/hosting/pricing";

export type ResourceKey = "cpuCores" | "ramGb" | "storageGb";

/**
 * One resource of the calculator: a slider and a box kept in step. What is typed counts once it is
 * valid; an out-of-range entry says why and is brought within range when the box is left.
 */
export function ResourceField({
  field,
  unit,
  min,
  max,
  included,
  unitPrice,
  value,
  onValue,
  validate,
}: {
  field: ResourceKey;
  unit: "cpu" | "gb";
  min: number;
  max: number;
  included: number;
  unitPrice: string;
  value: number;
  onValue: (value: number) => void;
  validate: (value: number) => ConfigurationError | undefined;
}) {
  const t = useTranslations("pricing.calculator");
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const draftError = draft === null ? undefined : validate(draft.trim() === "" ? Number.NaN : Number(draft));
  const amount = (count: number) => (unit === "cpu" ? t("units.cpu", { count }) : t("units.gb", { count }));
  const errorText = (error: ConfigurationError) =>
    error.code === "tooSmall"
      ? t("errors.tooSmall", { min: amount(error.min) })
      : error.code === "tooBig"
        ? t("errors.tooBig", { max: amount(error.max) })
        : t("errors.notInteger");

  const commitDraft = () => {
    if (draft === null) return;
    const parsed = Number(draft);
    if (draft.trim() !== "" && Number.isFinite(parsed)) onValue(Math.min(max, Math.max(min, Math.round(parsed))));
    setDraft(null);
  };

  return (
    <div className="grid gap-3" data-testid={`field-${field}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Label htmlFor={`${id}-input`} id={`${id}-label`}>
          {t(`resources.${field}`)}
        </Label>
        <span id={`${id}-hint`} className="text-xs text-muted-foreground">
          {t("resourceHint", { included: amount(included), min: amount(min), max: amount(max), price: unitPrice })}
        </span>
      </div>
      <div className="flex items-center gap-4">
        <Slider
          min={min}
          max={max}
          value={value}
          onValueChange={(next) => {
            setDraft(null);
            onValue(next);
          }}
          aria-labelledby={`${id}-label`}
          aria-valuetext={amount(value)}
          aria-describedby={`${id}-hint`}
          className="flex-1"
        />
        <div className="flex w-32 shrink-0 items-center gap-2">
          <Input
            id={`${id}-input`}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            value={draft ?? String(value)}
            onChange={(event) => {
              const raw = event.target.value;
              setDraft(raw);
              const parsed = Number(raw);
              if (raw.trim() !== "" && !validate(parsed)) onValue(parsed);
            }}
            onBlur={commitDraft}
            onKeyDown={(event) => {
              if (event.key === "Enter") commitDraft();
            }}
            aria-invalid={draftError ? true : undefined}
            aria-describedby={draftError ? `${id}-error` : `${id}-hint`}
            className="text-right tabular-nums"
          />
          <span className="w-9 text-sm text-muted-foreground" aria-hidden="true">
            {unit === "cpu" ? t("units.cpuShort") : t("units.gbShort")}
          </span>
        </div>
      </div>
      {draftError && (
        <p id={`${id}-error`} className="text-sm text-destructive" role="alert">
          {errorText(draftError)}
        </p>
      )}
    </div>
  );
}
