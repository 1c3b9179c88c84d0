"use client";

import { DialogOnIntent } from "@/components/ui/dialog-on-intent";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CreateOrEditTrigger } from "@/components/forms/create-or-edit-trigger";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import type { MaintenanceInput } from "@/lib/maintenance/schemas";

const MaintenanceForm = lazyDialogForm(() => import("./maintenance-form").then((m) => m.MaintenanceForm), "h-[36rem]");

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
  const [open, setOpen] = useState(false);

  return (
    <DialogOnIntent
      open={open}
      onOpenChange={setOpen}
      trigger={<CreateOrEditTrigger editLabel={window ? tList("editNamed", { title: window.title }) : undefined} newLabel={tList("new")} />}
      title={window ? t("editTitle") : t("createTitle")}
      description={t("description")}
      className="max-h-[90dvh] overflow-y-auto sm:max-w-xl"
    >
      <MaintenanceForm window={window} services={services} blank={blank} onDone={() => setOpen(false)} />
    </DialogOnIntent>
  );
}
