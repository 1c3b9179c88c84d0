"use client";

import { TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { AlertDialogAction } from "@/components/ui/alert-dialog";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { deletePlanAction } from "@/lib/hosting/plans/actions";
import type { AdminPlan } from "./types";
import { usePlanErrorMessages } from "./use-plan-error-messages";

/** Confirms, then asks the server; a plan in use is refused there with a clear message. */
export function DeletePlanDialog({
  plan,
  onOpenChange,
  onDeactivate,
}: {
  plan: AdminPlan | null;
  onOpenChange: (open: boolean) => void;
  /** Offered instead when requests use the plan. */
  onDeactivate: (plan: AdminPlan) => void;
}) {
  const t = useTranslations("admin");
  const errorMessage = useActionErrorMessage(usePlanErrorMessages(plan?.name));
  const router = useRouter();
  // The plan stays on screen while the dialog closes.
  const [shown, setShown] = useState(plan);
  if (plan && plan !== shown) setShown(plan);

  async function confirm(target: AdminPlan) {
    const result = await deletePlanAction({ id: target.id });
    const error = actionError(result);
    if (error) {
      toast.error(errorMessage(error));
      if (error.code === "NOT_FOUND") router.refresh();
    } else {
      toast.success(t("deleted", { name: target.name }));
      router.refresh();
    }
    onOpenChange(false);
  }

  return (
    <ConfirmDialog
      open={plan !== null}
      onOpenChange={onOpenChange}
      title={t("deleteTitle", { name: shown?.name ?? "" })}
      description={t("deleteDescription")}
      cancelLabel={t("cancel")}
      confirmLabel={t("delete")}
      pendingLabel={t("deleting")}
      destructive
      otherActions={
        shown &&
        shown.requestCount > 0 &&
        shown.active && (
          <AlertDialogAction variant="outline" onClick={() => onDeactivate(shown)}>
            {t("deactivateInstead")}
          </AlertDialogAction>
        )
      }
      onConfirm={() => shown && confirm(shown)}
    >
      {shown && shown.requestCount > 0 && (
        <p className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning/10 p-3 text-sm">
          <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden="true" />
          <span>{t("deleteInUseWarning", { count: shown.requestCount })}</span>
        </p>
      )}
    </ConfirmDialog>
  );
}
