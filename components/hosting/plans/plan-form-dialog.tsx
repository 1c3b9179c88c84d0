"use client";

import { useTranslations } from "next-intl";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { AdminPlan } from "./types";

const PlanForm = lazyDialogForm(() => import("./plan-form").then((m) => m.PlanForm), "mx-6 my-5 h-[70dvh]");

type Props = {
  /** The plan to edit; null to create one. */
  plan: AdminPlan | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** The create / edit dialog. Mounted per opening (keyed by the caller), so it always starts from the plan's values. */
export function PlanFormDialog({ plan, open, onOpenChange }: Props) {
  const t = useTranslations("admin");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="flex max-h-[92dvh] flex-col gap-0 p-0 sm:max-w-3xl" aria-describedby="plan-form-description">
        <DialogHeader className="border-b px-6 pt-6 pb-4">
          <DialogTitle>{plan ? t("editTitle", { name: plan.name }) : t("createTitle")}</DialogTitle>
          <DialogDescription id="plan-form-description">{plan ? t("editDescription") : t("createDescription")}</DialogDescription>
        </DialogHeader>
        <PlanForm plan={plan} onDone={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}
