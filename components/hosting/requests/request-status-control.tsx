"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { useActionForm } from "@/lib/forms/use-action-form";
import { requestStatusChangeSchema } from "@/lib/hosting/requests/schemas";
import type { RequestStatus } from "@/lib/hosting/requests/status";
import { changeRequestStatusAction } from "@/lib/hosting/requests/actions";

/** A customer's cancel button, behind a confirmation. */
export function CancelRequestButton({ id }: { id: string }) {
  const t = useTranslations("requestDetail");
  const router = useRouter();
  const errorMessage = useActionErrorMessage();
  return (
    <ConfirmDialog
      trigger={<Button variant="outline">{t("cancel")}</Button>}
      title={t("cancelTitle")}
      description={t("cancelDescription")}
      cancelLabel={t("keep")}
      confirmLabel={t("confirmCancel")}
      destructive
      onConfirm={async () => {
        const error = actionError(await changeRequestStatusAction({ id, status: "CANCELLED" }));
        if (error) return void toast.error(errorMessage(error));
        toast.success(t("statusChanged"));
        router.refresh();
      }}
    />
  );
}

/** Staff move the request along with a comment that joins the timeline. */
export function StatusChangeForm({ id, options }: { id: string; options: Array<{ value: RequestStatus; label: string }> }) {
  const t = useTranslations("requestDetail");
  const router = useRouter();
  const { form, onSubmit } = useActionForm((change) => changeRequestStatusAction({ id, ...change }), requestStatusChangeSchema, {
    defaultValues: { comment: "" },
    onSuccess: () => {
      toast.success(t("statusChanged"));
      form.reset();
      router.refresh();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} className="flex flex-col gap-3">
      <SelectField control={form.control} name="status" label={t("newStatus")} placeholder={t("chooseStatus")} options={options} />
      <TextField control={form.control} name="comment" label={t("comment")} multiline rows={3} maxLength={2000} />
      <SubmitButton disabled={!form.watch("status")}>{t("apply")}</SubmitButton>
    </ActionForm>
  );
}
