"use client";

import { Loader2, RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { checkMonitorNowAction } from "@/lib/livepulse/monitors/actions";

/** Checks a monitor at once and says what it found. */
export function CheckNowButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("livepulseServices");
  const tStatus = useTranslations("serviceStatus");
  const errorMessage = useActionErrorMessage();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={t("checkNowNamed", { name })}
      title={t("checkNow")}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        const result = await checkMonitorNowAction({ id });
        setPending(false);
        const error = actionError(result);
        if (error) toast.error(errorMessage(error));
        else if (result?.data) toast.success(t("checked", { name, status: tStatus(result.data.status) }));
        router.refresh();
      }}
    >
      {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : <RefreshCw aria-hidden="true" />}
    </Button>
  );
}
