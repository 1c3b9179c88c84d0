"use client";

import { CalendarX } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { cancelMaintenanceAction } from "@/lib/maintenance/actions";

/** Cancels a window after a confirmation; the list is re-read and a toast says how it went. */
export function CancelMaintenanceButton({ id, title }: { id: string; title: string }) {
  const t = useTranslations("maintenance");
  const errorMessage = useActionErrorMessage();
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="icon" aria-label={t("cancelNamed", { title })}>
          <CalendarX aria-hidden="true" />
        </Button>
      }
      title={t("cancelTitle")}
      description={t("cancelDescription", { title })}
      cancelLabel={t("keep")}
      confirmLabel={t("cancelConfirm")}
      pendingLabel={t("cancelPending")}
      destructive
      onConfirm={async () => {
        const error = actionError(await cancelMaintenanceAction({ id }));
        if (error) toast.error(errorMessage(error));
        else toast.success(t("cancelled"));
        router.refresh();
      }}
    />
  );
}
