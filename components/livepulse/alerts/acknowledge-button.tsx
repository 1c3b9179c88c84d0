"use client";

import { Check, Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { acknowledgeAlertAction } from "@/lib/livepulse/alerts/actions";

/** Takes a firing alert in hand; it then resolves by itself once its condition clears. */
export function AcknowledgeButton({ id, alertName }: { id: string; alertName: string }) {
  const t = useTranslations("livepulseAlerts");
  const errorMessage = useActionErrorMessage({ CONFLICT: t("alreadyResolved") });
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      variant="outline"
      disabled={pending}
      aria-label={t("acknowledgeNamed", { name: alertName })}
      onClick={() =>
        start(async () => {
          const error = actionError(await acknowledgeAlertAction({ id }));
          if (!error) toast.success(t("acknowledged"));
          else toast.error(errorMessage(error));
          router.refresh();
        })
      }
    >
      {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : <Check aria-hidden="true" />}
      {t("acknowledge")}
    </Button>
  );
}
