"use client";

import { Loader2, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
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
  const [pending, setPending] = useState(false);

  async function confirm(target: AdminPlan) {
    setPending(true);
    try {
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
    } finally {
      setPending(false);
    }
  }

  return (
    <AlertDialog open={plan !== null} onOpenChange={(open) => !pending && onOpenChange(open)}>
      {plan && (
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>{t("deleteTitle", { name: plan.name })}</AlertDialogTitle>
            <AlertDialogDescription>{t("deleteDescription")}</AlertDialogDescription>
          </AlertDialogHeader>
          {plan.requestCount > 0 && (
            <p className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning/10 p-3 text-sm">
              <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden="true" />
              <span>{t("deleteInUseWarning", { count: plan.requestCount })}</span>
            </p>
          )}
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>{t("cancel")}</AlertDialogCancel>
            {plan.requestCount > 0 && plan.active && (
              <AlertDialogAction
                variant="outline"
                disabled={pending}
                onClick={() => {
                  onDeactivate(plan);
                }}
              >
                {t("deactivateInstead")}
              </AlertDialogAction>
            )}
            <AlertDialogAction
              variant="destructive"
              disabled={pending}
              onClick={(event) => {
                event.preventDefault();
                void confirm(plan);
              }}
            >
              {pending && <Loader2 className="animate-spin" aria-hidden="true" />}
              {pending ? t("deleting") : t("delete")}
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      )}
    </AlertDialog>
  );
}
