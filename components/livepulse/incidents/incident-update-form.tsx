"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/lib/forms/use-action-form";
import { postIncidentUpdateAction } from "@/lib/status-page/actions";
import { incidentMessageMax, incidentStates, incidentUpdateSchema, type IncidentStateName } from "@/lib/status-page/schemas";

/** Posts an update to an incident's timeline: the state it moves to, and what customers read. */
export function IncidentUpdateForm({ id, state }: { id: string; state: IncidentStateName }) {
  const t = useTranslations("incidents.detail");
  const tState = useTranslations("incidentState");
  const router = useRouter();
  const { form, onSubmit } = useActionForm((update) => postIncidentUpdateAction({ id, update }), incidentUpdateSchema, {
    defaultValues: { state, message: "" },
    onSuccess: (_data, values) => {
      toast.success(t("posted"));
      form.reset({ state: values.state, message: "" });
      router.refresh();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4" data-testid="incident-update-form">
      <SelectField
        control={form.control}
        name="state"
        label={t("state")}
        options={incidentStates.map((value) => ({ value, label: tState(value) }))}
      />
      <TextField
        control={form.control}
        name="message"
        label={t("message")}
        placeholder={t("messagePlaceholder")}
        multiline
        rows={4}
        maxLength={incidentMessageMax}
      />
      <div className="flex justify-end">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
