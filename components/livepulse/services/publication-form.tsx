"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/lib/forms/use-action-form";
import { updatePublicationAction } from "@/lib/status-page/actions";
import { publicationSchema, type PublicationInput } from "@/lib/status-page/schemas";

/** One monitor's publication on the status page: on or off, public names, plans affected. */
export function PublicationForm({
  monitorId,
  name,
  publication,
  plans,
  onDone,
}: {
  monitorId: string;
  name: string;
  publication: PublicationInput | null;
  plans: Array<{ id: string; name: string }>;
  onDone: () => void;
}) {
  const t = useTranslations("statusPublication");
  const router = useRouter();
  const defaults: PublicationInput = publication ?? { published: true, nameFr: name, nameEn: name, planIds: [] };
  const { form, onSubmit } = useActionForm((values) => updatePublicationAction({ id: monitorId, publication: values }), publicationSchema, {
    defaultValues: defaults,
    onSuccess: () => {
      toast.success(t("saved"));
      onDone();
      router.refresh();
    },
  });
  useEffect(() => form.setFocus("published"), [form]);

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4" data-testid="publication-form">
      <SwitchField control={form.control} name="published" label={t("published")} className="items-center" labelClassName="font-normal" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField control={form.control} name="nameFr" label={t("nameFr")} maxLength={80} />
        <TextField control={form.control} name="nameEn" label={t("nameEn")} maxLength={80} />
      </div>
      {plans.length > 0 && (
        <CheckboxGroupField
          control={form.control}
          name="planIds"
          label={t("plans")}
          description={t("plansHint")}
          optional
          groupClassName="sm:grid-cols-2"
          options={plans.map((plan) => ({ value: plan.id, label: plan.name }))}
        />
      )}
      <DialogFormFooter cancel={t("cancel")} submit={t("save")} onCancel={onDone} />
    </ActionForm>
  );
}
