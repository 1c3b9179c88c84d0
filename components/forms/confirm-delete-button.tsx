"use client";

import { Loader2, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
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

export type ConfirmDeleteLabels = {
  /** The trigger's accessible name, e.g. "Delete the rule X". */
  trigger: string;
  title: string;
  description: string;
  cancel: string;
  confirm: string;
  done: string;
  /** What an unexpected failure says (a refusal says why through the shared messages). */
  error: string;
};

/**
 * A trash icon that deletes after a confirmation dialog; the page is re-read
 * afterwards and a toast says how it went.
 */
export function ConfirmDeleteButton({ labels, remove }: { labels: ConfirmDeleteLabels; remove: () => Promise<ActionResult> }) {
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
              const error = actionError(await remove());
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
