"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog-layout";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createPlanAction, updatePlanAction } from "@/lib/hosting/plans/actions";
import { emptyPlan, planInputSchema, type PlanInput } from "@/lib/hosting/plans/schemas";
import { PlanFeaturesSection } from "./plan-features-section";
import { PlanGeneralSection } from "./plan-general-section";
import { PlanLimitsSection } from "./plan-limits-section";
import { PlanOptionsSection } from "./plan-options-section";
import { PlanPricingSection } from "./plan-pricing-section";
import { PlanResourcesSection } from "./plan-resources-section";
import type { AdminPlan } from "./types";
import { usePlanErrorMessages } from "./use-plan-error-messages";

function valuesOf(plan: AdminPlan | null): PlanInput {
  if (!plan) return structuredClone(emptyPlan);
  return structuredClone(Object.fromEntries(Object.keys(emptyPlan).map((key) => [key, plan[key as keyof PlanInput]])) as PlanInput);
}

/** The editor's sections, one after the other, and its buttons. */
export function PlanForm({ plan, onDone }: { plan: AdminPlan | null; onDone: () => void }) {
  const t = useTranslations("admin");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const { form, onSubmit } = useActionForm(
    (values) => (plan ? updatePlanAction({ ...values, id: plan.id }) : createPlanAction(values)),
    planInputSchema,
    {
      defaultValues: valuesOf(plan),
      errorMessages: usePlanErrorMessages(),
      onInvalid: () => toast.error(tErrors("VALIDATION")),
      onSuccess: (saved) => {
        toast.success(plan ? t("updated", { name: saved.name }) : t("created", { name: saved.name }));
        onDone();
        router.refresh();
      },
    },
  );
  useEffect(() => form.setFocus("name"), [form]);

  return (
    <ActionForm
      form={form}
      onSubmit={onSubmit}
      className="flex min-h-0 flex-1 flex-col"
      aria-label={plan ? t("editTitle", { name: plan.name }) : t("createTitle")}
    >
      <div className="flex min-h-0 flex-1 flex-col gap-8 overflow-y-auto px-6 py-5 [&_[data-slot=form-description]]:text-xs">
        <PlanGeneralSection suggestSlug={!plan} />
        <PlanFeaturesSection />
        <PlanPricingSection />
        <PlanResourcesSection />
        <PlanOptionsSection />
        <PlanLimitsSection />
      </div>
      <DialogFooter className="border-t px-6 py-4">
        <Button variant="outline" onClick={onDone} disabled={form.formState.isSubmitting}>
          {t("cancel")}
        </Button>
        <SubmitButton pendingLabel={plan ? t("saving") : t("creating")}>{plan ? t("save") : t("create")}</SubmitButton>
      </DialogFooter>
    </ActionForm>
  );
}
