"use client";

import { DialogOnIntent } from "@/components/ui/dialog-on-intent";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CreateOrEditTrigger } from "@/components/forms/create-or-edit-trigger";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";

const MonitorForm = lazyDialogForm(() => import("./monitor-form").then((m) => m.MonitorForm), "h-96");

export type EditableMonitor = {
  id: string;
  /** The name shown (a built-in check's translated name). */
  name: string;
  /** The name stored, sent back when the one shown is left as it was (a built-in name stays translated). */
  savedName: string;
  kind: string;
  target: string;
  expectedStatus: number | null;
  keyword: string | null;
  keywordMode: string | null;
  timeoutMs: number;
  intervalSeconds: number;
  enabled: boolean;
  builtin: boolean;
};

/** Adds a monitor, or edits `monitor` (a built-in check: its settings only, never its target). */
export function MonitorFormDialog({ monitor }: { monitor?: EditableMonitor }) {
  const t = useTranslations("livepulseServices.form");
  const [open, setOpen] = useState(false);
  const builtin = monitor?.builtin ?? false;

  return (
    <DialogOnIntent
      open={open}
      onOpenChange={setOpen}
      trigger={<CreateOrEditTrigger editLabel={monitor ? t("editNamed", { name: monitor.name }) : undefined} newLabel={t("new")} />}
      title={monitor ? t("editTitle") : t("createTitle")}
      description={builtin ? t("builtinDescription") : t("description")}
      className="sm:max-w-lg"
    >
      <MonitorForm monitor={monitor} onDone={() => setOpen(false)} />
    </DialogOnIntent>
  );
}
