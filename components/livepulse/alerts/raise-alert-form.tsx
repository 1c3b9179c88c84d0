"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/lib/forms/use-action-form";
import { raiseAlertAction } from "@/lib/livepulse/alerts/actions";
import { alertSeverities, raiseAlertFormSchema, type RaiseAlertFormInput } from "@/lib/livepulse/alerts/schemas";

const blank: RaiseAlertFormInput = { title: "", severity: "WARNING", service: null, details: "" };

/** What is wrong, how bad, on which monitor, in more words. */
export function RaiseAlertForm({ monitors, onDone }: { monitors: Array<{ id: string; name: string }>; onDone: () => void }) {
  const t = useTranslations("livepulseAlerts.raise");
  const tSeverity = useTranslations("alertSeverity");
  const router = useRouter();
  const { form, onSubmit } = useActionForm(raiseAlertAction, raiseAlertFormSchema, {
    defaultValues: blank,
    errorMessages: { FORBIDDEN: t("forbidden") },
    onSuccess: (alert) => {
      toast.success(alert?.status === "SUPPRESSED" ? t("suppressed") : t("raised"));
      onDone();
      router.refresh();
    },
  });
  useEffect(() => form.setFocus("title"), [form]);

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4">
      <TextField control={form.control} name="title" label={t("alertTitle")} placeholder={t("alertTitlePlaceholder")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          control={form.control}
          name="severity"
          label={t("severity")}
          options={alertSeverities.map((value) => ({ value, label: tSeverity(value) }))}
        />
        <SelectField
          control={form.control}
          name="service"
          label={t("service")}
          noneLabel={t("noService")}
          options={monitors.map((monitor) => ({ value: monitor.id, label: monitor.name }))}
        />
      </div>
      <TextField control={form.control} name="details" label={t("details")} description={t("detailsHint")} multiline rows={4} />
      <DialogFormFooter cancel={t("cancel")} submit={t("submit")} onCancel={onDone} />
    </ActionForm>
  );
}
