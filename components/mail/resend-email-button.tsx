"use client";

import { Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { resendEmailAction } from "@/lib/mail/actions";

/** Sends a message again, after a confirmation; the copy opens once queued. */
export function ResendEmailButton({ id, to }: { id: string; to: string }) {
  const t = useTranslations("emailLog");
  const router = useRouter();
  const errorMessage = useActionErrorMessage();
  const resend = async () => {
    const result = await resendEmailAction({ id });
    if (!result?.data) return void toast.error(errorMessage(actionError(result)));
    toast.success(t("resent"));
    router.push(`/admin/emails/${result.data.id}`);
  };
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline">
          <Send aria-hidden="true" />
          {t("resend")}
        </Button>
      }
      title={t("resendTitle")}
      description={t("resendDescription", { to })}
      cancelLabel={t("cancel")}
      confirmLabel={t("resend")}
      pendingLabel={t("resending")}
      onConfirm={resend}
    />
  );
}
