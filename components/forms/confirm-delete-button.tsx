"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "./confirm-dialog";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";

type ActionResult = Parameters<typeof actionError>[0];

/**
 * The messages of a confirmed deletion: `named` (the trigger's accessible name), `title`, `description`,
 * `cancel`, `confirm`, `done` and `error` (what an unexpected failure says; a refusal says why through
 * the shared messages).
 */
type ConfirmDeleteMessages = "livepulseAlerts.delete" | "livepulseServices.delete" | "livepulseChannels.delete";

/**
 * A trash icon that deletes after a confirmation dialog; the page is re-read afterwards and a toast
 * says how it went. `action` is the server action, called with the record's id.
 */
export function ConfirmDeleteButton({
  messages,
  id,
  name,
  action,
}: {
  messages: ConfirmDeleteMessages;
  id: string;
  name: string;
  action: (input: { id: string }) => Promise<ActionResult>;
}) {
  const t = useTranslations(messages);
  const labels = {
    trigger: t("named", { name }),
    title: t("title", { name }),
    description: t("description"),
    cancel: t("cancel"),
    confirm: t("confirm"),
    done: t("done", { name }),
    error: t("error"),
  };
  const errorMessage = useActionErrorMessage({ INTERNAL: labels.error });
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="icon" aria-label={labels.trigger}>
          <Trash2 aria-hidden="true" />
        </Button>
      }
      title={labels.title}
      description={labels.description}
      cancelLabel={labels.cancel}
      confirmLabel={labels.confirm}
      destructive
      onConfirm={async () => {
        const error = actionError(await action({ id }));
        if (error) toast.error(errorMessage(error));
        else toast.success(labels.done);
        router.refresh();
      }}
    />
  );
}
