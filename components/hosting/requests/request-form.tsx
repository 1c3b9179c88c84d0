"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { useHydrated } from "@/components/use-hydrated";
import { useActionForm } from "@/lib/forms/use-action-form";
import { quote } from "@/lib/hosting/pricing";
import { submitHostingRequestAction } from "@/lib/hosting/requests/actions";
import { hostingRequestSchema, requestSections, type HostingRequestInput } from "@/lib/hosting/requests/schemas";
import { RequestCustomerSection } from "./request-customer-section";
import { RequestDomainSection } from "./request-domain-section";
import { requestFormSections, sectionIssues, type RequestFormSection } from "./request-issues";
import { RequestOptionsSection } from "./request-options-section";
import type { RequestPlan } from "./request-plan";
import { RequestResourcesSection } from "./request-resources-section";
import { RequestSummary } from "./request-summary";
import { useFormAnalytics } from "./use-form-analytics";
import { clearRequestDraft, useRequestDraft } from "./use-request-draft";

export type RequestFormValues = Omit<HostingRequestInput, "formSessionId">;

/**
 * The hosting request: four sections and a live summary. The form keeps a draft, reports its progress
 * (form analytics) and, once the server accepts it, opens the new request.
 */
export function RequestForm({ plans, defaults, planFromUrl }: { plans: RequestPlan[]; defaults: RequestFormValues; planFromUrl?: string }) {
  const t = useTranslations("request");
  const router = useRouter();
  const [sessionId] = useState(() => crypto.randomUUID());
  const analytics = useFormAnalytics("hosting-request", sessionId);
  const { form, onSubmit, succeeded } = useActionForm(
    (input) => {
      analytics.valid([...requestFormSections, "summary"]);
      return submitHostingRequestAction({ ...input, formSessionId: sessionId });
    },
    hostingRequestSchema,
    {
      defaultValues: defaults,
      onSuccess: (request) => {
        analytics.submitted();
        clearRequestDraft();
        router.push(`/hosting/requests/${request.id}?submitted=1`);
      },
      onInvalid: (errors) => {
        for (const section of requestFormSections) {
          const issues = sectionIssues(form.getValues(), section);
          if (issues.length) analytics.validationErrors(section, issues);
        }
        toast.error(t("fixErrors", { count: Object.keys(errors).length }));
      },
    },
  );
  useRequestDraft(form, { defaults, planFromUrl, onEdit: analytics.started });
  // Marks the form once it reacts to input: what is typed from then on is kept in the draft.
  const hydrated = useHydrated();

  /** When focus leaves a section: report it complete, or the errors it holds. */
  async function leaveSection(section: RequestFormSection) {
    const valid = await form.trigger([...requestSections[section]], { shouldFocus: false });
    if (valid) analytics.sectionCompleted(section);
    else analytics.validationErrors(section, sectionIssues(form.getValues(), section));
  }

  const values = form.watch();
  const plan = plans.find((p) => p.slug === values.planSlug) ?? plans[0];
  const price = quote(plan, {
    cpuCores: Number(values.cpuCores) || plan.cpuIncluded,
    ramGb: Number(values.ramGb) || plan.ramIncludedGb,
    storageGb: Number(values.storageGb) || plan.storageIncludedGb,
    ssl: Boolean(values.ssl),
    backup: Boolean(values.backup),
    cdn: Boolean(values.cdn),
    billingCycle: values.billingCycle ?? "MONTHLY",
  });

  return (
    <ActionForm
      form={form}
      onSubmit={onSubmit}
      data-ready={hydrated ? "" : undefined}
      className="grid gap-6 lg:grid-cols-[1fr_22rem] lg:items-start"
    >
      <div className="flex min-w-0 flex-col gap-6">
        <RequestCustomerSection onLeave={() => void leaveSection("customer")} />
        <RequestResourcesSection plans={plans} plan={plan} onLeave={() => void leaveSection("resources")} />
        <RequestDomainSection onLeave={() => void leaveSection("domain")} />
        <RequestOptionsSection plan={plan} onLeave={() => void leaveSection("options")} />
      </div>
      <RequestSummary planName={plan.name} cycle={values.billingCycle ?? "MONTHLY"} price={price} sent={succeeded} />
    </ActionForm>
  );
}
