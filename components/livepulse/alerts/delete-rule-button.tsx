"use client";

import { useTranslations } from "next-intl";
import { ConfirmDeleteButton } from "@/components/forms/confirm-delete-button";
import { deleteAlertRuleAction } from "@/lib/livepulse/alerts/actions";

/** Deletes a rule and its alerts, after a confirmation that says so. */
export function DeleteRuleButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("livepulseAlerts.delete");
  const labels = {
    trigger: t("named", { name }),
    title: t("title", { name }),
    description: t("description"),
    cancel: t("cancel"),
    confirm: t("confirm"),
    done: t("done", { name }),
    error: t("error"),
  };
  return <ConfirmDeleteButton labels={labels} remove={() => deleteAlertRuleAction({ id })} />;
}
