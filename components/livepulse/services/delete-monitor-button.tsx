"use client";

import { useTranslations } from "next-intl";
import { ConfirmDeleteButton } from "@/components/forms/confirm-delete-button";
import { deleteMonitorAction } from "@/lib/livepulse/monitors/actions";

/** Deletes an added monitor, after a confirmation that says its history and alert rules go with it. */
export function DeleteMonitorButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("livepulseServices.delete");
  const labels = {
    trigger: t("named", { name }),
    title: t("title", { name }),
    description: t("description"),
    cancel: t("cancel"),
    confirm: t("confirm"),
    done: t("done", { name }),
    error: t("error"),
  };
  return <ConfirmDeleteButton labels={labels} remove={() => deleteMonitorAction({ id })} />;
}
