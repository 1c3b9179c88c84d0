"use client";

import { useTranslations } from "next-intl";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { PipelineCard } from "@/lib/crm/pipeline/queries";
import type { ActionResult } from "@/lib/forms/use-action-form";

const LostReasonForm = lazyDialogForm(() => import("@/components/crm/leads/lost-reason-form").then((m) => m.LostReasonForm), "h-40");

/**
 * Asks why a lead dropped on Lost was lost. `onConfirm` resolves to the server's answer when its
 * field errors belong next to the reason, to `null` when the board took the answer (and closed this).
 */
export function LostDialog({
  lead,
  onConfirm,
  onCancel,
  onCloseAutoFocus,
}: {
  lead: PipelineCard | null;
  onConfirm: (lead: PipelineCard, reason: string) => Promise<ActionResult<unknown> | null>;
  onCancel: () => void;
  /** Where focus goes once the dialog closed (the card, wherever it now is). */
  onCloseAutoFocus: (event: Event) => void;
}) {
  const t = useTranslations("pipeline");
  return (
    <Dialog open={lead !== null} onOpenChange={(open) => !open && onCancel()}>
      {lead && (
        <DialogContent aria-describedby="lost-dialog-description" onCloseAutoFocus={onCloseAutoFocus}>
          <DialogHeader>
            <DialogTitle>{t("lostTitle", { name: lead.name })}</DialogTitle>
            <DialogDescription id="lost-dialog-description">{t("lostDescription")}</DialogDescription>
          </DialogHeader>
          <LostReasonForm
            key={lead.id}
            send={(reason) => onConfirm(lead, reason)}
            onCancel={onCancel}
            labels={{
              reason: t("lostReason"),
              placeholder: t("lostReasonPlaceholder"),
              cancel: t("cancel"),
              confirm: t("lostConfirm"),
              saving: t("saving"),
            }}
          />
        </DialogContent>
      )}
    </Dialog>
  );
}
