"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ArrowRight, Check } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Slider } from "@/components/ui/slider";
import { Switch } from "@/components/ui/switch";
import { formatMoney } from "@/lib/format";
import {
  clampConfiguration,
  defaultConfiguration,
  detailedQuote,
  validateConfiguration,
  VAT_RATE_PERCENT,
  type Configuration,
  type ConfigurationError,
  type QuoteLine,
} from "@/lib/hosting/pricing";
import { cn } from "@/lib/utils";
import { useBillingCycle } from "./billing-cycle";
import { requestHref, type PlanView } from "./plan-view";

type Choice = Omit<Configuration, "billingCycle">;
type ResourceKey = "cpuCores" | "ramGb" | "storageGb";
type OptionKey = "ssl" | "backup" | "cdn";

const choiceOf = (plan: PlanView): Choice => {
  const { cpuCores, ramGb, storageGb, ssl, backup, cdn } = defaultConfiguration(plan);
  return { cpuCores, ramGb, storageGb, ssl, backup, cdn };
};

/** Choose a plan, its resources and options; see the price live. Reads the page's billing cycle. */
export function PriceCalculator({ plans, signedIn }: { plans: PlanView[]; signedIn: boolean }) {
  const t = useTranslations("pricing.calculator");
  const tCycle = useTranslations("pricing.cycle");
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, locale);
  const { cycle, setCycle } = useBillingCycle();
  const [slug, setSlug] = useState(() => (plans.find((p) => p.highlighted) ?? plans[0]).slug);
  const plan = plans.find((p) => p.slug === slug) ?? plans[0];
  const [choice, setChoice] = useState<Choice>(() => choiceOf(plan));
  const config: Configuration = clampConfiguration(plan, { ...choice, billingCycle: cycle });
  const q = detailedQuote(plan, config);
  const planName = useId();
  const cycleName = useId();

  const choosePlan = (next: string) => {
    const nextPlan = plans.find((p) => p.slug === next);
    if (!nextPlan) return;
    setSlug(next);
    setChoice(choiceOf(nextPlan));
  };
  const set = <K extends keyof Choice>(key: K, value: Choice[K]) => setChoice((c) => ({ ...c, [key]: value }));

  const resources: { key: ResourceKey; unit: "cpu" | "gb"; min: number; max: number; included: number; unitCents: number }[] = [
    { key: "cpuCores", unit: "cpu", min: plan.cpuMin, max: plan.cpuMax, included: plan.cpuIncluded, unitCents: plan.cpuUnitCents },
    { key: "ramGb", unit: "gb", min: plan.ramMinGb, max: plan.ramMaxGb, included: plan.ramIncludedGb, unitCents: plan.ramUnitCents },
    {
      key: "storageGb",
      unit: "gb",
      min: plan.storageMinGb,
      max: plan.storageMaxGb,
      included: plan.storageIncludedGb,
      unitCents: plan.storageUnitCents,
    },
  ];
  const options: { key: OptionKey; included: boolean; cents: number }[] = [
    { key: "ssl", included: plan.sslIncluded, cents: plan.sslCents },
    { key: "backup", included: plan.backupIncluded, cents: plan.backupCents },
    { key: "cdn", included: plan.cdnIncluded, cents: plan.cdnCents },
  ];

  const lineValue = (line: QuoteLine) => {
    if (line.included) return t("included");
    if (["ssl", "backup", "cdn"].includes(line.key) && line.quantity === 0) return t("notChosen");
    return money(line.monthlyCents);
  };
  const lineLabel = (line: QuoteLine) => {
    switch (line.key) {
      case "base":
        return t("lines.base", { plan: plan.name });
      case "cpu":
        return t("lines.cpu", { count: line.quantity, unit: money(line.unitCents) });
      case "ram":
        return t("lines.ram", { count: line.quantity, unit: money(line.unitCents) });
      case "storage":
        return t("lines.storage", { count: line.quantity, unit: money(line.unitCents) });
      default:
        return t(`options.${line.key}`);
    }
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_380px] lg:items-start">
      <Card>
        <CardContent className="flex flex-col gap-8">
          <fieldset>
            <legend className="mb-3 text-sm font-medium">{t("plan")}</legend>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
              {plans.map((p) => (
                <label
                  key={p.slug}
                  className={cn(
                    "relative flex cursor-pointer flex-col gap-0.5 rounded-lg border px-3 py-2.5 text-sm transition-colors hover:bg-accent/60",
                    "has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
                    p.slug === slug && "border-primary bg-primary/5 ring-1 ring-primary",
                  )}
                >
                  <input
                    type="radio"
                    name={planName}
                    value={p.slug}
                    checked={p.slug === slug}
                    onChange={() => choosePlan(p.slug)}
                    className="absolute inset-0 cursor-pointer appearance-none opacity-0"
                  />
                  <span className="font-semibold">{p.name}</span>
                  <span className="text-xs text-muted-foreground tabular-nums">{t("planFrom", { price: money(p.monthlyPriceCents) })}</span>
                </label>
              ))}
            </div>
          </fieldset>

          <div className="flex flex-col gap-7">
            {resources.map((r) => (
              <ResourceField
                key={`${slug}-${r.key}`}
                field={r.key}
                unit={r.unit}
                min={r.min}
                max={r.max}
                included={r.included}
                unitPrice={money(r.unitCents)}
                value={config[r.key]}
                onValue={(value) => set(r.key, value)}
                validate={(value) => validateConfiguration(plan, { ...config, [r.key]: value })[r.key]}
              />
            ))}
          </div>

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
                      onCheckedChange={(checked) => set(o.key, checked)}
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
                      t("optionPrice", { price: money(o.cents) })
                    )}
                  </span>
                </div>
              );
            })}
          </fieldset>

          <fieldset>
            <legend className="mb-3 text-sm font-medium">{tCycle("legend")}</legend>
            <div className="grid grid-cols-2 gap-2 sm:max-w-md">
              {(["MONTHLY", "YEARLY"] as const).map((value) => (
                <label
                  key={value}
                  className={cn(
                    "relative flex cursor-pointer flex-col gap-0.5 rounded-lg border px-3 py-2.5 text-sm transition-colors hover:bg-accent/60",
                    "has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
                    cycle === value && "border-primary bg-primary/5 ring-1 ring-primary",
                  )}
                >
                  <input
                    type="radio"
                    name={cycleName}
                    value={value}
                    checked={cycle === value}
                    onChange={() => setCycle(value)}
                    className="absolute inset-0 cursor-pointer appearance-none opacity-0"
                  />
                  <span className="font-semibold">{value === "YEARLY" ? tCycle("yearly") : tCycle("monthly")}</span>
                  <span className="text-xs text-muted-foreground">
                    {value === "YEARLY" ? t("yearlyHint", { percent: plan.yearlyDiscountPercent }) : t("monthlyHint")}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </CardContent>
      </Card>

      <Card className="lg:sticky lg:top-20" data-testid="calculator-summary">
        <CardHeader>
          <CardTitle as="h3" className="text-lg">
            {t("summaryTitle", { plan: plan.name })}
          </CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <div>
            <p className="mb-2 text-xs font-medium tracking-wide text-muted-foreground uppercase">{t("breakdown")}</p>
            <dl className="flex flex-col gap-1.5 text-sm">
              {q.lines.map((line) => (
                <div key={line.key} className="flex justify-between gap-4">
                  <dt className="text-muted-foreground">{lineLabel(line)}</dt>
                  <dd className={cn("tabular-nums", line.included && "text-success")}>{lineValue(line)}</dd>
                </div>
              ))}
            </dl>
          </div>
          <div className="border-t pt-4">
            <dl className="flex flex-col gap-1.5 text-sm">
              <div className="flex justify-between gap-4">
                <dt>{t("monthlyTotal")}</dt>
                <dd className="font-medium tabular-nums" data-testid="calculator-monthly">
                  {money(q.monthlyCents)}
                </dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt>
                  {t("yearlyTotal")}{" "}
                  {plan.yearlyDiscountPercent > 0 && (
                    <span className="text-success">{t("discount", { percent: plan.yearlyDiscountPercent })}</span>
                  )}
                </dt>
                <dd className="font-medium tabular-nums" data-testid="calculator-yearly">
                  {money(q.yearlyCents)}
                </dd>
              </div>
            </dl>
            {q.yearlySavingsCents > 0 && (
              <p className="mt-1.5 text-right text-xs text-success">{t("savings", { amount: money(q.yearlySavingsCents) })}</p>
            )}
          </div>
          <div className="rounded-lg bg-muted/60 p-4" aria-live="polite" aria-atomic="true" data-testid="calculator-total">
            <dl className="flex flex-col gap-1.5 text-sm">
              <div className="flex justify-between gap-4">
                <dt>{cycle === "YEARLY" ? t("subtotalYearly") : t("subtotalMonthly")}</dt>
                <dd className="tabular-nums">{money(q.subtotalCents)}</dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt>{t("vat", { percent: VAT_RATE_PERCENT })}</dt>
                <dd className="tabular-nums">{money(q.vatCents)}</dd>
              </div>
              <div className="mt-2 flex items-baseline justify-between gap-4 border-t pt-3">
                <dt className="font-medium">{cycle === "YEARLY" ? t("totalYearly") : t("totalMonthly")}</dt>
                <dd className="text-2xl font-semibold tracking-tight tabular-nums" data-testid="calculator-total-amount">
                  {money(q.totalCents)}
                </dd>
              </div>
            </dl>
            {cycle === "YEARLY" && (
              <p className="mt-1 text-right text-xs text-muted-foreground">
                {t("perMonthEquivalent", { amount: money(q.yearlyPerMonthCents) })}
              </p>
            )}
          </div>
        </CardContent>
        <CardFooter className="flex-col items-stretch gap-2">
          <Button asChild size="lg">
            <Link prefetch={false} href={requestHref(plan.slug, config, signedIn)}>
              {t("request")}
              <ArrowRight aria-hidden="true" />
            </Link>
          </Button>
          {!signedIn && <p className="text-center text-xs text-muted-foreground">{t("signedOutHint")}</p>}
        </CardFooter>
      </Card>
    </div>
  );
}

function ResourceField({
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
