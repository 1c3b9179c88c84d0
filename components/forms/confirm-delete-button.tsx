"use client";

import { Loader2, Trash2 } from "lucide-react";
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
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";

type ActionResult = Parameters<typeof actionError>[0];

/**
 * The messages of a confirmed deletion: `named` (the trigger's accessible name), `title`, `description`,
 * `cancel`, `confirm`, `done` and `error` (what an unexpected failure says; a refusal says why through
 * the shared messages).
 */
type ConfirmDeleteMessages = "livepulseAlerts.delete" | "livepulseServices.delete";

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
  const [pending, setPending] = useState(false);
  const [open, setOpen] = useState(false);
  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={labels.trigger}>
          <Trash2 aria-hidden="true" />
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{labels.title}</AlertDialogTitle>
          <AlertDialogDescription>{labels.description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{labels.cancel}</AlertDialogCancel>
          <AlertDialogAction
            className="bg-destructive text-white hover:bg-destructive/90"
            disabled={pending}
            onClick={async (event) => {
              event.preventDefault();
              setPending(true);
              const error = actionError(await action({ id }));
              setPending(false);
              setOpen(false);
              if (error) toast.error(errorMessage(error));
              else toast.success(labels.done);
              router.refresh();
            }}
          >
            {pending && <Loader2 className="animate-spin" aria-hidden="true" />}
            {labels.confirm}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
