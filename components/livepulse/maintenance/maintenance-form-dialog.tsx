"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { CreateOrEditTrigger } from "@/components/forms/create-or-edit-trigger";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SelectField } from "@/components/forms/select-field";
import { SwitchField } from "@/components/forms/switch-field";
import { TextField } from "@/components/forms/text-field";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createMaintenanceAction, updateMaintenanceAction } from "@/lib/maintenance/actions";
import {
  maintenanceMessageMax,
  maintenanceRecurrences,
  maintenanceSchema,
  maintenanceTitleMax,
  type MaintenanceInput,
} from "@/lib/maintenance/schemas";

/** A window being edited: its id and its values as the form shows them (times on the company's clock). */
export type EditableMaintenance = MaintenanceInput & { id: string };

/** Schedules a maintenance window, or edits `window`: text, services, times, repetition, uptime rule. */
export function MaintenanceFormDialog({
  window,
  services,
  blank,
}: {
  window?: EditableMaintenance;
  services: Array<{ id: string; name: string }>;
  /** A new window's values: tomorrow night, for an hour. */
  blank: MaintenanceInput;
}) {
  const t = useTranslations("maintenance.form");
  const tList = useTranslations("maintenance");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, onSubmit } = useActionForm(
    (values) => (window ? updateMaintenanceAction({ id: window.id, maintenance: values }) : createMaintenanceAction(values)),
    maintenanceSchema,
    {
      defaultValues: window ?? blank,
      errorMessages: { FORBIDDEN: t("forbidden") },
      onSuccess: () => {
        toast.success(window ? t("saved") : t("created"));
        setOpen(false);
        if (!window) form.reset(blank);
        router.refresh();
      },
    },
  );
  const recurrence = form.watch("recurrence");

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <CreateOrEditTrigger editLabel={window ? tList("editNamed", { title: window.title }) : undefined} newLabel={tList("new")} />
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{window ? t("editTitle") : t("createTitle")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
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
              <TextField
                control={form.control}
                name="repeatUntil"
                type="date"
                label={t("repeatUntil")}
                description={t("repeatUntilHint")}
              />
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
          <DialogFormFooter cancel={t("cancel")} submit={window ? t("save") : t("create")} onCancel={() => setOpen(false)} />
        </ActionForm>
      </DialogContent>
    </Dialog>
  );
}
