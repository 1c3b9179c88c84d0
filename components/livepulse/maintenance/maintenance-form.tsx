"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createMaintenanceAction, updateMaintenanceAction } from "@/lib/maintenance/actions";
import {
  maintenanceMessageMax,
  maintenanceRecurrences,
  maintenanceSchema,
  maintenanceTitleMax,
  type MaintenanceInput,
} from "@/lib/maintenance/schemas";
import type { EditableMaintenance } from "./maintenance-form-dialog";

/** A new window from `blank`, or `window`'s values: text, services, times, repetition, uptime rule. */
export function MaintenanceForm({
  window,
  services,
  blank,
  onDone,
}: {
  window?: EditableMaintenance;
  services: Array<{ id: string; name: string }>;
  blank: MaintenanceInput;
  onDone: () => void;
}) {
  const t = useTranslations("maintenance.form");
  const router = useRouter();
  const { form, onSubmit } = useActionForm(
    (values) => (window ? updateMaintenanceAction({ id: window.id, maintenance: values }) : createMaintenanceAction(values)),
    maintenanceSchema,
    {
      defaultValues: window ?? blank,
      errorMessages: { FORBIDDEN: t("forbidden") },
      onSuccess: () => {
        toast.success(window ? t("saved") : t("created"));
        onDone();
        router.refresh();
      },
    },
  );
  const recurrence = form.watch("recurrence");
  useEffect(() => form.setFocus("title"), [form]);

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4" data-testid="maintenance-form">
      <TextField
        control={form.control}
        name="title"
        label={t("title")}
        placeholder={t("titlePlaceholder")}
        maxLength={maintenanceTitleMax}
      />
      {services.length === 0 ? (
        <p className="rounded-md border border-dashed px-3 py-3 text-sm text-muted-foreground">{t("noServices")}</p>
      ) : (
        <CheckboxGroupField
          control={form.control}
          name="serviceIds"
          label={t("services")}
          description={t("servicesHint")}
          groupClassName="sm:grid-cols-2"
          options={services.map((service) => ({ value: service.id, label: service.name }))}
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField control={form.control} name="startsAt" type="datetime-local" label={t("startsAt")} />
        <TextField control={form.control} name="endsAt" type="datetime-local" label={t("endsAt")} />
        <p className="-mt-2 text-xs text-muted-foreground sm:col-span-2">{t("timesHint")}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          control={form.control}
          name="recurrence"
          label={t("recurrence")}
          options={maintenanceRecurrences.map((value) => ({ value, label: t(`recurrenceOption.${value}`) }))}
        />
        {recurrence !== "NONE" && (
          <TextField control={form.control} name="repeatUntil" type="date" label={t("repeatUntil")} description={t("repeatUntilHint")} />
        )}
      </div>
      <SwitchField control={form.control} name="excludeFromUptime" label={t("excludeFromUptime")} description={t("excludeHint")} />
      <TextField
        control={form.control}
        name="message"
        label={t("message")}
        description={t("messageHint")}
        multiline
        rows={3}
        maxLength={maintenanceMessageMax}
      />
      <DialogFormFooter cancel={t("cancel")} submit={window ? t("save") : t("create")} onCancel={onDone} />
    </ActionForm>
  );
}
