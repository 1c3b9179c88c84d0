"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useOptimistic, useTransition } from "react";
import { toast } from "sonner";
import { Checkbox } from "@/components/ui/checkbox";
import { setTaskDoneAction } from "@/lib/crm/leads/actions";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { useLeadErrorMessages } from "./use-lead-error-messages";

/** Ticks a task done (or not) at once; the server confirms or the box goes back. */
export function TaskDoneToggle({
  id,
  leadId,
  subject,
  done,
  disabled,
}: {
  id: string;
  leadId: string;
  subject: string;
  done: boolean;
  disabled?: boolean;
}) {
  const t = useTranslations("leads.timeline");
  const errorMessage = useActionErrorMessage(useLeadErrorMessages());
  const router = useRouter();
  const [optimistic, setOptimistic] = useOptimistic(done);
  const [, startTransition] = useTransition();
  return (
    <Checkbox
      checked={optimistic}
      disabled={disabled}
      aria-label={t("markDone", { subject })}
      onCheckedChange={(checked) =>
        startTransition(async () => {
          setOptimistic(checked === true);
          const result = await setTaskDoneAction({ id, leadId, done: checked === true });
          if (!result?.data) toast.error(errorMessage(actionError(result)));
          router.refresh();
        })
      }
    />
  );
}
