"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CreateOrEditTrigger } from "@/components/forms/create-or-edit-trigger";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";

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
    <Dialog open={open} onOpenChange={setOpen}>
      <CreateOrEditTrigger editLabel={monitor ? t("editNamed", { name: monitor.name }) : undefined} newLabel={t("new")} />
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{monitor ? t("editTitle") : t("createTitle")}</DialogTitle>
          <DialogDescription>{builtin ? t("builtinDescription") : t("description")}</DialogDescription>
        </DialogHeader>
        <MonitorForm monitor={monitor} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
