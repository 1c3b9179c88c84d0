"use client";

import { Loader2, Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useFieldArray, type FieldPath } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";
import { createPlanAction, updatePlanAction } from "@/lib/hosting/plan-actions";
import { emptyPlan, MAX_FEATURES, planInputSchema, slugify, type PlanFormValues, type PlanInput } from "@/lib/hosting/plan-schemas";
import { actionError, useActionErrorMessage } from "./action-errors";
import { IntegerInput, MoneyInput } from "./number-inputs";
import type { AdminPlan } from "./types";

type Props = {
  /** The plan to edit; null to create one. */
  plan: AdminPlan | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

function valuesOf(plan: AdminPlan | null): PlanInput {
  if (!plan) return structuredClone(emptyPlan);
  return structuredClone(Object.fromEntries(Object.keys(emptyPlan).map((key) => [key, plan[key as keyof PlanInput]])) as PlanInput);
}

/** The create / edit dialog. Mounted per opening (keyed by the caller), so it always starts from the plan's values. */
export function PlanFormDialog({ plan, open, onOpenChange }: Props) {
  const t = useTranslations("admin");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        closeLabel={t("close")}
        className="flex max-h-[92dvh] flex-col gap-0 p-0 sm:max-w-3xl"
        aria-describedby="plan-form-description"
      >
        <DialogHeader className="border-b px-6 pt-6 pb-4">
          <DialogTitle>{plan ? t("editTitle", { name: plan.name }) : t("createTitle")}</DialogTitle>
          <DialogDescription id="plan-form-description">{plan ? t("editDescription") : t("createDescription")}</DialogDescription>
        </DialogHeader>
        <PlanForm plan={plan} onDone={() => onOpenChange(false)} onCancel={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}

function Section({ title, hint, children }: { title: string; hint?: string; children: React.ReactNode }) {
  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold">{title}</legend>
      {hint && <p className="mt-1 text-sm text-muted-foreground">{hint}</p>}
      <div className="mt-4 flex flex-col gap-4">{children}</div>
    </fieldset>
  );
}

function PlanForm({ plan, onDone, onCancel }: { plan: AdminPlan | null; onDone: () => void; onCancel: () => void }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const translate = useMessageTranslator();
  const errorMessage = useActionErrorMessage();
  const router = useRouter();
  const form = useZodForm(planInputSchema, valuesOf(plan) as PlanFormValues);
  const features = useFieldArray({ control: form.control, name: "features" });
  const featuresError = form.formState.errors.features;
  const featuresMessage = featuresError?.root?.message ?? featuresError?.message;

  const onSubmit = form.handleSubmit(
    async (values) => {
      const result = plan ? await updatePlanAction({ ...values, id: plan.id }) : await createPlanAction(values);
      if (result?.data) {
        toast.success(plan ? t("updated", { name: result.data.name }) : t("created", { name: result.data.name }));
        onDone();
        router.refresh();
        return;
      }
      const error = actionError(result);
      if (applyServerFieldErrors(form, error?.fields, translate)) return;
      toast.error(errorMessage(error, values.name));
    },
    () => toast.error(t("fixErrors")),
  );

  const submitting = form.formState.isSubmitting;

  /** `context` is read by screen readers before the label (e.g. which option a price is for). */
  const money = (
    name: FieldPath<PlanFormValues>,
    label: string,
    { compact = false, context }: { compact?: boolean; context?: string } = {},
  ) => (
    <FormField
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel className={compact ? "text-xs font-normal text-muted-foreground sm:sr-only" : undefined}>
            {context && <span className="sr-only">{context} · </span>}
            {label}
          </FormLabel>
          <FormControl>
            <MoneyInput
              locale={locale}
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              value={field.value as number}
              onChange={field.onChange}
            />
          </FormControl>
          <FormMessage />
        </FormItem>
      )}
    />
  );

  /**
   * A resource cell: on small screens its short label shows (no column headers there); from `sm` up the
   * column header shows it and the label is for screen readers only. `deps` are validated again on change
   * (the other ends of a min ≤ included ≤ max range).
   */
  const integer = (name: FieldPath<PlanFormValues>, label: string, context: string, deps: FieldPath<PlanFormValues>[]) => (
    <FormField
      control={form.control}
      name={name}
      rules={{ deps }}
      render={({ field }) => (
        <FormItem>
          <FormLabel className="text-xs font-normal text-muted-foreground sm:sr-only">
            <span className="sr-only">{context} · </span>
            {label}
          </FormLabel>
          <FormControl>
            <IntegerInput
              min={0}
              name={field.name}
              ref={field.ref}
              onBlur={field.onBlur}
              value={field.value as number}
              onChange={field.onChange}
            />
          </FormControl>
          <FormMessage />
        </FormItem>
      )}
    />
  );

  const toggle = (name: "active" | "highlighted" | "isCustom", label: string, hint: string) => (
    <FormField
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormItem className="flex flex-row items-start gap-3 rounded-lg border p-3">
          <FormControl>
            <Switch checked={field.value} onCheckedChange={field.onChange} onBlur={field.onBlur} ref={field.ref} className="mt-0.5" />
          </FormControl>
          <div className="grid gap-1">
            <FormLabel>{label}</FormLabel>
            <FormDescription className="text-xs">{hint}</FormDescription>
          </div>
        </FormItem>
      )}
    />
  );

  const resources = [
    { label: t("cpu"), included: "cpuIncluded", min: "cpuMin", max: "cpuMax", unit: "cpuUnitCents" },
    { label: t("ram"), included: "ramIncludedGb", min: "ramMinGb", max: "ramMaxGb", unit: "ramUnitCents" },
    { label: t("storage"), included: "storageIncludedGb", min: "storageMinGb", max: "storageMaxGb", unit: "storageUnitCents" },
  ] as const;

  const options = [
    { label: t("ssl"), included: "sslIncluded", price: "sslCents" },
    { label: t("backup"), included: "backupIncluded", price: "backupCents" },
    { label: t("cdn"), included: "cdnIncluded", price: "cdnCents" },
  ] as const;

  const limits = [
    { label: t("bandwidthGb"), name: "bandwidthGb", fallback: 1000 },
    { label: t("websites"), name: "websites", fallback: 10 },
  ] as const;

  return (
    <Form {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        className="flex min-h-0 flex-1 flex-col"
        aria-label={plan ? t("editTitle", { name: plan.name }) : t("createTitle")}
      >
        <div className="flex min-h-0 flex-1 flex-col gap-8 overflow-y-auto px-6 py-5">
          <Section title={t("sectionGeneral")}>
            <div className="grid items-start gap-4 sm:grid-cols-2">
              <FormField
                control={form.control}
                name="name"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{t("name")}</FormLabel>
                    <FormControl>
                      <Input
                        autoComplete="off"
                        {...field}
                        onChange={(event) => {
                          field.onChange(event);
                          if (!plan && !form.getFieldState("slug").isDirty) form.setValue("slug", slugify(event.target.value));
                        }}
                      />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="slug"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{t("slug")}</FormLabel>
                    <FormControl>
                      <Input autoComplete="off" spellCheck={false} className="font-mono" {...field} />
                    </FormControl>
                    <FormDescription className="text-xs">{t("slugHint")}</FormDescription>
                    <FormMessage />
                  </FormItem>
                )}
              />
              {(["fr", "en"] as const).map((lang) => (
                <FormField
                  key={lang}
                  control={form.control}
                  name={`tagline.${lang}`}
                  render={({ field }) => (
                    <FormItem>
                      <FormLabel>{lang === "fr" ? t("taglineFr") : t("taglineEn")}</FormLabel>
                      <FormControl>
                        <Input lang={lang} {...field} />
                      </FormControl>
                      <FormMessage />
                    </FormItem>
                  )}
                />
              ))}
            </div>
            <div className="grid gap-3 sm:grid-cols-3">
              {toggle("active", t("activeField"), t("activeHint"))}
              {toggle("highlighted", t("highlighted"), t("highlightedHint"))}
              {toggle("isCustom", t("isCustom"), t("isCustomHint"))}
            </div>
          </Section>

          <Section title={t("features")} hint={t("featuresHint")}>
            <ol className="flex flex-col gap-3">
              {features.fields.map((item, index) => (
                <li key={item.id} className="grid grid-cols-[1.5rem_minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-2">
                  <span className="pt-2 text-right text-sm text-muted-foreground tabular-nums" aria-hidden="true">
                    {index + 1}.
                  </span>
                  {(["fr", "en"] as const).map((lang) => (
                    <FormField
                      key={lang}
                      control={form.control}
                      name={`features.${index}.${lang}`}
                      render={({ field }) => (
                        <FormItem>
                          <FormLabel className="sr-only">
                            {lang === "fr" ? t("featureFr", { n: index + 1 }) : t("featureEn", { n: index + 1 })}
                          </FormLabel>
                          <FormControl>
                            <Input lang={lang} placeholder={lang.toUpperCase()} {...field} />
                          </FormControl>
                          <FormMessage />
                        </FormItem>
                      )}
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
            {featuresMessage && (
              <p className="text-sm text-destructive" role="alert">
                {featuresMessage}
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
          </Section>

          <Section title={t("sectionPricing")}>
            <div className="grid items-start gap-4 sm:grid-cols-2">
              {money("monthlyPriceCents", t("monthlyPrice"))}
              <FormField
                control={form.control}
                name="yearlyDiscountPercent"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{t("yearlyDiscount")}</FormLabel>
                    <FormControl>
                      <IntegerInput
                        min={0}
                        max={50}
                        name={field.name}
                        ref={field.ref}
                        onBlur={field.onBlur}
                        value={field.value}
                        onChange={field.onChange}
                      />
                    </FormControl>
                    <FormDescription className="text-xs">{t("yearlyDiscountHint")}</FormDescription>
                    <FormMessage />
                  </FormItem>
                )}
              />
            </div>
          </Section>

          <Section title={t("sectionResources")} hint={t("sectionResourcesHint")}>
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
              {resources.map((resource) => (
                <div
                  key={resource.included}
                  role="group"
                  aria-label={resource.label}
                  className="grid grid-cols-2 items-start gap-3 rounded-lg border p-3 sm:grid-cols-[9rem_repeat(4,minmax(0,1fr))] sm:rounded-none sm:border-0 sm:p-0"
                >
                  <span className="col-span-2 pt-2 text-sm font-medium sm:col-span-1">{resource.label}</span>
                  {integer(resource.included, t("includedField"), resource.label, [resource.min, resource.max])}
                  {integer(resource.min, t("min"), resource.label, [resource.included, resource.max])}
                  {integer(resource.max, t("max"), resource.label, [resource.included, resource.min])}
                  {money(resource.unit, t("unitPrice"), { context: resource.label, compact: true })}
                </div>
              ))}
            </div>
          </Section>

          <Section title={t("sectionOptions")}>
            <div className="grid gap-3 sm:grid-cols-3">
              {options.map((option) => (
                <div key={option.included} role="group" aria-label={option.label} className="flex flex-col gap-3 rounded-lg border p-3">
                  <span className="text-sm font-medium">{option.label}</span>
                  <FormField
                    control={form.control}
                    name={option.included}
                    render={({ field }) => (
                      <FormItem className="flex flex-row items-center gap-2">
                        <FormControl>
                          <Checkbox
                            checked={field.value}
                            onCheckedChange={(checked) => field.onChange(checked === true)}
                            onBlur={field.onBlur}
                            ref={field.ref}
                          />
                        </FormControl>
                        <FormLabel className="font-normal">
                          {t("includedInPlan")}
                          <span className="sr-only"> ({option.label})</span>
                        </FormLabel>
                      </FormItem>
                    )}
                  />
                  {money(option.price, t("optionPrice"), { context: option.label })}
                </div>
              ))}
            </div>
          </Section>

          <Section title={t("sectionLimits")}>
            <div className="grid items-start gap-4 sm:grid-cols-2">
              {limits.map((limit) => (
                <FormField
                  key={limit.name}
                  control={form.control}
                  name={limit.name}
                  render={({ field }) => {
                    const unlimited = field.value === null;
                    const checkboxId = `${limit.name}-unlimited`;
                    return (
                      <FormItem>
                        <FormLabel>{limit.label}</FormLabel>
                        <div className="flex items-center gap-3">
                          <FormControl>
                            <IntegerInput
                              min={1}
                              name={field.name}
                              ref={field.ref}
                              onBlur={field.onBlur}
                              disabled={unlimited}
                              placeholder={unlimited ? t("unlimited") : undefined}
                              value={field.value ?? Number.NaN}
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
                        <FormMessage />
                      </FormItem>
                    );
                  }}
                />
              ))}
            </div>
          </Section>
        </div>
        <DialogFooter className="border-t px-6 py-4">
          <Button variant="outline" onClick={onCancel} disabled={submitting}>
            {t("cancel")}
          </Button>
          <Button type="submit" disabled={submitting}>
            {submitting && <Loader2 className="animate-spin" aria-hidden="true" />}
            {plan ? (submitting ? t("saving") : t("save")) : submitting ? t("creating") : t("create")}
          </Button>
        </DialogFooter>
      </form>
    </Form>
  );
}
