"use client";

import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { sendPasswordResetAction } from "@/lib/users/actions";

/** Emails someone a password-reset link, after a confirmation. */
export function PasswordResetButton({ id, email }: { id: string; email: string }) {
  const t = useTranslations("users");
  const errorMessage = useActionErrorMessage({
    CONFLICT: (error) => (error.meta?.reason === "invited" ? t("passwordResetInvited") : t("passwordResetDisabled")),
  });
  const send = async () => {
    const result = await sendPasswordResetAction({ id });
    const error = actionError(result);
    if (error) return void toast.error(errorMessage(error));
    toast.success(t("passwordResetSent", { email }));
  };
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline">
          <KeyRound aria-hidden="true" />
          {t("passwordReset")}
        </Button>
      }
      title={t("passwordResetTitle", { email })}
      description={t("passwordResetDescription")}
      cancelLabel={t("cancel")}
      confirmLabel={t("passwordResetSend")}
      pendingLabel={t("sending")}
      onConfirm={send}
    />
  );
}
