"use client";

import { Send, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/users/actions";

/** A pending invitation's two actions, each after a confirmation: send it again, or revoke it. */
export function InvitationActions({ id, email }: { id: string; email: string }) {
  const t = useTranslations("users");
  const router = useRouter();
  const errorMessage = useActionErrorMessage({ CONFLICT: t("notInvited") });

  const resend = async () => {
    const result = await resendInvitationAction({ id });
    const error = actionError(result);
    if (error) return void toast.error(errorMessage(error));
    toast.success(t("resent", { email }));
    router.refresh();
  };
  const revoke = async () => {
    const result = await revokeInvitationAction({ id });
    const error = actionError(result);
    if (error || !result?.data) return void toast.error(errorMessage(error));
    if (result.data.outcome === "deleted") {
      toast.success(t("revoked"));
      router.push("/admin/users");
    } else {
      toast.success(t("revokedDisabled"));
      router.refresh();
    }
  };

  return (
    <div className="flex flex-wrap gap-2">
      <ConfirmDialog
        trigger={
          <Button variant="outline" size="sm">
            <Send aria-hidden="true" />
            {t("resend")}
          </Button>
        }
        title={t("resendTitle", { email })}
        description={t("resendDescription")}
        cancelLabel={t("cancel")}
        confirmLabel={t("resend")}
        pendingLabel={t("sending")}
        onConfirm={resend}
      />
      <ConfirmDialog
        trigger={
          <Button variant="outline" size="sm" className="text-destructive hover:text-destructive">
            <Trash2 aria-hidden="true" />
            {t("revoke")}
          </Button>
        }
        title={t("revokeTitle", { email })}
        description={t("revokeDescription")}
        cancelLabel={t("cancel")}
        confirmLabel={t("revoke")}
        pendingLabel={t("working")}
        destructive
        onConfirm={revoke}
      />
    </div>
  );
}
