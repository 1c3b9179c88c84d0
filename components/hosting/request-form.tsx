"use client";

import { Loader2, Lock } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from "react";
import { toast } from "sonner";
import { useHydrated } from "@/components/use-hydrated";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { Separator } from "@/components/ui/separator";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { formatMoney } from "@/lib/format";
import { applyServerFieldErrors, useMessageTranslator, useZodForm } from "@/lib/forms/use-zod-form";
import { quote, type PlanPricing } from "@/lib/hosting/pricing";
import { submitHostingRequestAction } from "@/lib/hosting/request-actions";
import { hostingRequestSchema, requestSections, type HostingRequestInput } from "@/lib/hosting/request-schemas";
import type { ActionError } from "@/lib/safe-action";
import { cn } from "@/lib/utils";
import { useFormAnalytics, type FormSection } from "./use-form-analytics";

export type RequestPlan = PlanPricing & {
  slug: string;
  name: string;
  cpuMin: number;
  cpuMax: number;
  ramMinGb: number;
  ramMaxGb: number;
  storageMinGb: number;
  storageMaxGb: number;
};

export type RequestFormValues = Omit<HostingRequestInput, "formSessionId">;

const draftKey = "orbite:hosting-request-draft";

function readDraft(planFromUrl: string | undefined): Partial<RequestFormValues> | null {
  try {
    const draft = JSON.parse(localStorage.getItem(draftKey) ?? "null") as Partial<RequestFormValues> | null;
    // A plan chosen on the pricing page wins over an older draft for another plan.
    if (!draft || (planFromUrl && draft.planSlug !== planFromUrl)) return null;
    return draft;
  } catch {
    return null;
  }
}

function Section({
  number,
  title,
  description,
  children,
  onLeave,
}: {
  number: number;
  title: string;
  description: string;
  children: ReactNode;
  onLeave: () => void;
}) {
  const handleBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onLeave();
  };
  return (
    <Card onBlur={handleBlur} role="group" aria-labelledby={`section-${number}`}>
      <CardHeader>
        <CardTitle as="h2" id={`section-${number}`} className="flex items-center gap-3">
          <span
            className="flex size-7 items-center justify-center rounded-full bg-primary text-sm text-primary-foreground"
            aria-hidden="true"
          >
            {number}
          </span>
          {title}
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5 sm:grid-cols-2">{children}</CardContent>
    </Card>
  );
}

/** One choice of a radio group, shown as a card that is selected as a whole. */
function ChoiceCard({ value, selected, children }: { value: string; selected: boolean; children: ReactNode }) {
  return (
    <label
      className={cn(
        "flex cursor-pointer items-start gap-3 rounded-lg border p-3 transition-colors hover:bg-accent/50",
        selected && "border-primary ring-1 ring-primary",
      )}
    >
      <RadioGroupItem value={value} className="mt-0.5" />
      {children}
    </label>
  );
}

export function RequestForm({ plans, defaults, planFromUrl }: { plans: RequestPlan[]; defaults: RequestFormValues; planFromUrl?: string }) {
  const t = useTranslations("request");
  const tErrors = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const translate = useMessageTranslator();
  const [sessionId] = useState(() => crypto.randomUUID());
  const analytics = useFormAnalytics("hosting-request", sessionId);
  const form = useZodForm(hostingRequestSchema, defaults);
  const restored = useRef(false);
  // Marks the form once it reacts to input: what is typed from then on is kept in the draft.
  const hydrated = useHydrated();

  // Restore a draft once; then every change is kept, so a reload loses nothing.
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const draft = readDraft(planFromUrl);
    if (draft) {
      form.reset({ ...defaults, ...draft });
      toast.info(t("draftRestored"));
    }
  }, [form, defaults, planFromUrl, t]);
  useEffect(() => {
    const subscription = form.watch((values, { type }) => {
      if (type === "change") analytics.started();
      localStorage.setItem(draftKey, JSON.stringify(values));
    });
    return () => subscription.unsubscribe();
  }, [form, analytics]);

  const values = form.watch();
  const plan = plans.find((p) => p.slug === values.planSlug) ?? plans[0];
  const price = useMemo(
    () =>
      quote(plan, {
        cpuCores: Number(values.cpuCores) || plan.cpuIncluded,
        ramGb: Number(values.ramGb) || plan.ramIncludedGb,
        storageGb: Number(values.storageGb) || plan.storageIncludedGb,
        ssl: Boolean(values.ssl),
        backup: Boolean(values.backup),
        cdn: Boolean(values.cdn),
        billingCycle: values.billingCycle ?? "MONTHLY",
      }),
    [plan, values.cpuCores, values.ramGb, values.storageGb, values.ssl, values.backup, values.cdn, values.billingCycle],
  );
  const money = (cents: number) => formatMoney(cents, locale);

  /** When focus leaves a section: report it complete, or the errors it holds. */
  async function leaveSection(section: Exclude<FormSection, "summary">) {
    const fields = requestSections[section];
    const valid = await form.trigger([...fields], { shouldFocus: false });
    if (valid) return analytics.sectionCompleted(section);
    const result = hostingRequestSchema.safeParse(form.getValues());
    const errors = result.success
      ? []
      : result.error.issues
          .filter((i) => (fields as readonly string[]).includes(String(i.path[0])))
          .map((i) => ({ field: String(i.path[0]), message: i.message }));
    analytics.validationErrors(section, errors);
  }

  function selectPlan(slug: string) {
    const next = plans.find((p) => p.slug === slug);
    if (!next) return;
    // setValue does not pass through the form's change watcher: choosing a plan is an edit too.
    analytics.started();
    form.setValue("planSlug", slug, { shouldDirty: true });
    form.setValue("cpuCores", next.cpuIncluded);
    form.setValue("ramGb", next.ramIncludedGb);
    form.setValue("storageGb", next.storageIncludedGb);
    if (next.sslIncluded) form.setValue("ssl", true);
    if (next.backupIncluded) form.setValue("backup", true);
    if (next.cdnIncluded) form.setValue("cdn", true);
  }

  const onSubmit = form.handleSubmit(
    async (input) => {
      analytics.valid([...(Object.keys(requestSections) as FormSection[]), "summary"]);
      const result = await submitHostingRequestAction({ ...input, formSessionId: sessionId });
      if (result?.data) {
        analytics.submitted();
        localStorage.removeItem(draftKey);
        router.push(`/hosting/requests/${result.data.id}?submitted=1`);
        return;
      }
      const error = result?.serverError as ActionError | undefined;
      const fields = error?.fields ?? (result?.validationErrors ? { _: ["invalid"] } : undefined);
      if (!applyServerFieldErrors(form, fields, translate))
        toast.error(error?.message && error.code !== "INTERNAL" ? error.message : tErrors("generic"));
    },
    (errors) => {
      const result = hostingRequestSchema.safeParse(form.getValues());
      if (!result.success) {
        for (const [section, fields] of Object.entries(requestSections)) {
          const inSection = result.error.issues.filter((i) => (fields as readonly string[]).includes(String(i.path[0])));
          if (inSection.length)
            analytics.validationErrors(
              section as FormSection,
              inSection.map((i) => ({ field: String(i.path[0]), message: i.message })),
            );
        }
      }
      toast.error(t("fixErrors", { count: Object.keys(errors).length }));
    },
  );

  const submitting = form.formState.isSubmitting || form.formState.isSubmitSuccessful;
  const range = (min: number, max: number, unit: string) => t("range", { min, max, unit });

  return (
    <Form {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        data-ready={hydrated ? "" : undefined}
        className="grid gap-6 lg:grid-cols-[1fr_22rem] lg:items-start"
      >
        <div className="flex min-w-0 flex-col gap-6">
          <Section
            number={1}
            title={t("customerTitle")}
            description={t("customerDescription")}
            onLeave={() => void leaveSection("customer")}
          >
            <FormField
              control={form.control}
              name="contactName"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{t("contactName")}</FormLabel>
                  <FormControl>
                    <Input autoComplete="name" {...field} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="contactEmail"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{t("contactEmail")}</FormLabel>
                  <FormControl>
                    <Input type="email" autoComplete="email" {...field} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="contactPhone"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>
                    {t("contactPhone")} <span className="font-normal text-muted-foreground">({t("optional")})</span>
                  </FormLabel>
                  <FormControl>
                    <Input type="tel" autoComplete="tel" {...field} value={field.value ?? ""} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="companyName"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>
                    {t("companyName")} <span className="font-normal text-muted-foreground">({t("optional")})</span>
                  </FormLabel>
                  <FormControl>
                    <Input autoComplete="organization" {...field} value={field.value ?? ""} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
          </Section>

          <Section
            number={2}
            title={t("resourcesTitle")}
            description={t("resourcesDescription")}
            onLeave={() => void leaveSection("resources")}
          >
            <FormField
              control={form.control}
              name="planSlug"
              render={({ field }) => (
                <FormItem className="sm:col-span-2">
                  <FormLabel>{t("plan")}</FormLabel>
                  <FormControl>
                    <RadioGroup value={field.value} onValueChange={selectPlan} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
                      {plans.map((p) => (
                        <ChoiceCard key={p.slug} value={p.slug} selected={field.value === p.slug}>
                          <span className="flex flex-col">
                            <span className="font-medium">{p.name}</span>
                            <span className="text-xs text-muted-foreground">
                              {t("fromPerMonth", { amount: money(p.monthlyPriceCents) })}
                            </span>
                          </span>
                        </ChoiceCard>
                      ))}
                    </RadioGroup>
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            {(
              [
                ["cpuCores", t("cpu"), plan.cpuMin, plan.cpuMax, "vCPU"],
                ["ramGb", t("ram"), plan.ramMinGb, plan.ramMaxGb, t("gb")],
                ["storageGb", t("storage"), plan.storageMinGb, plan.storageMaxGb, t("gb")],
              ] as const
            ).map(([name, label, min, max, unit]) => (
              <FormField
                key={name}
                control={form.control}
                name={name}
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{label}</FormLabel>
                    <FormControl>
                      <Input type="number" inputMode="numeric" min={min} max={max} step={1} {...field} value={field.value as number} />
                    </FormControl>
                    <FormDescription>{range(min, max, unit)}</FormDescription>
                    <FormMessage />
                  </FormItem>
                )}
              />
            ))}
          </Section>

          <Section number={3} title={t("domainTitle")} description={t("domainDescription")} onLeave={() => void leaveSection("domain")}>
            <FormField
              control={form.control}
              name="domainOption"
              render={({ field }) => (
                <FormItem className="sm:col-span-2">
                  <FormLabel>{t("domainOption")}</FormLabel>
                  <FormControl>
                    <RadioGroup value={field.value} onValueChange={field.onChange} className="grid gap-3 sm:grid-cols-3">
                      {(["REGISTER", "TRANSFER", "EXISTING"] as const).map((option) => (
                        <ChoiceCard key={option} value={option} selected={field.value === option}>
                          <span className="text-sm">{t(`domain${option}`)}</span>
                        </ChoiceCard>
                      ))}
                    </RadioGroup>
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="domainName"
              render={({ field }) => (
                <FormItem className="sm:col-span-2">
                  <FormLabel>{t("domainName")}</FormLabel>
                  <FormControl>
                    <Input placeholder="mon-site.fr" autoCapitalize="none" spellCheck={false} {...field} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
          </Section>

          <Section number={4} title={t("optionsTitle")} description={t("optionsDescription")} onLeave={() => void leaveSection("options")}>
            {(
              [
                ["ssl", t("ssl"), plan.sslIncluded, plan.sslCents],
                ["backup", t("backup"), plan.backupIncluded, plan.backupCents],
                ["cdn", t("cdn"), plan.cdnIncluded, plan.cdnCents],
              ] as const
            ).map(([name, label, included, cents]) => (
              <FormField
                key={name}
                control={form.control}
                name={name}
                render={({ field }) => (
                  <FormItem className="flex items-center justify-between gap-4 rounded-lg border p-3 sm:col-span-2">
                    <div className="flex flex-col gap-0.5">
                      <FormLabel>{label}</FormLabel>
                      <FormDescription>{included ? t("included") : t("perMonthExtra", { amount: money(cents) })}</FormDescription>
                    </div>
                    <FormControl>
                      <Switch checked={included || Boolean(field.value)} disabled={included} onCheckedChange={field.onChange} />
                    </FormControl>
                  </FormItem>
                )}
              />
            ))}
            <FormField
              control={form.control}
              name="billingCycle"
              render={({ field }) => (
                <FormItem className="sm:col-span-2">
                  <FormLabel>{t("billingCycle")}</FormLabel>
                  <FormControl>
                    <RadioGroup value={field.value} onValueChange={field.onChange} className="grid gap-3 sm:grid-cols-2">
                      {(["MONTHLY", "YEARLY"] as const).map((cycle) => (
                        <ChoiceCard key={cycle} value={cycle} selected={field.value === cycle}>
                          <span className="flex flex-col text-sm">
                            <span className="font-medium">{t(cycle === "MONTHLY" ? "monthly" : "yearly")}</span>
                            {cycle === "YEARLY" && plan.yearlyDiscountPercent > 0 && (
                              <span className="text-xs text-success">{t("yearlySaving", { percent: plan.yearlyDiscountPercent })}</span>
                            )}
                          </span>
                        </ChoiceCard>
                      ))}
                    </RadioGroup>
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="notes"
              render={({ field }) => (
                <FormItem className="sm:col-span-2">
                  <FormLabel>
                    {t("notes")} <span className="font-normal text-muted-foreground">({t("optional")})</span>
                  </FormLabel>
                  <FormControl>
                    <Textarea rows={3} {...field} value={field.value ?? ""} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
          </Section>
        </div>

        <Card className="lg:sticky lg:top-20" aria-labelledby="summary-title">
          <CardHeader>
            <CardTitle as="h2" id="summary-title">
              {t("summaryTitle")}
            </CardTitle>
            <CardDescription>
              {plan.name} · {t(values.billingCycle === "YEARLY" ? "yearly" : "monthly")}
            </CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-3 text-sm">
            <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-2" aria-live="polite">
              <dt className="text-muted-foreground">{t("monthlyPrice")}</dt>
              <dd className="text-right tabular-nums">{money(price.monthlyCents)}</dd>
              <dt className="text-muted-foreground">{t("yearlyPrice")}</dt>
              <dd className="text-right tabular-nums">{money(price.yearlyCents)}</dd>
              <dt className="text-muted-foreground">{t("vat")}</dt>
              <dd className="text-right tabular-nums">{money(price.vatCents)}</dd>
            </dl>
            <Separator />
            <div className="flex items-baseline justify-between gap-4">
              <span className="font-medium">{t(values.billingCycle === "YEARLY" ? "totalYearly" : "totalMonthly")}</span>
              <span className="text-2xl font-semibold tabular-nums" data-testid="request-total">
                {money(price.totalCents)}
              </span>
            </div>
            <Button type="submit" size="lg" className="mt-2 w-full" disabled={submitting}>
              {submitting ? <Loader2 className="animate-spin" aria-hidden="true" /> : <Lock aria-hidden="true" />}
              {submitting ? t("submitting") : t("submit")}
            </Button>
            <p className="text-xs text-muted-foreground">{t("noCommitment")}</p>
          </CardContent>
        </Card>
      </form>
    </Form>
  );
}
