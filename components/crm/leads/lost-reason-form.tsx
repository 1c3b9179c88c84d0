"use client";

import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog-layout";
import { leadLostSchema } from "@/lib/crm/leads/schemas";
import { useActionForm, type ActionResult } from "@/lib/forms/use-action-form";
import type { ErrorMessages } from "@/lib/forms/use-action-error-message";

/**
 * Why a lead was lost, in a dialog: the reason and the dialog's buttons. `send` marks the lead lost
 * (or resolves to `null` when its caller handled the answer itself).
 */
export function LostReasonForm({
  send,
  onSuccess,
  onCancel,
  errorMessages,
  labels,
}: {
  send: (reason: string) => Promise<ActionResult<unknown> | null>;
  onSuccess?: () => void;
  onCancel: () => void;
  errorMessages?: ErrorMessages;
  labels: { reason: string; placeholder: string; cancel: string; confirm: string; saving?: string };
}) {
  const { form, onSubmit } = useActionForm(({ reason }) => send(reason), leadLostSchema, {
    defaultValues: { reason: "" },
    onSuccess,
    errorMessages,
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4">
      <TextField
        control={form.control}
        name="reason"
        label={labels.reason}
        placeholder={labels.placeholder}
        multiline
        rows={3}
        maxLength={500}
        autoFocus
      />
      <DialogFooter>
        <Button type="button" variant="outline" disabled={form.formState.isSubmitting} onClick={onCancel}>
          {labels.cancel}
        </Button>
        <SubmitButton variant="destructive" pendingLabel={labels.saving}>
          {labels.confirm}
        </SubmitButton>
      </DialogFooter>
    </ActionForm>
  );
}
