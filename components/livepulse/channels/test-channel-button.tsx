"use client";

import { Loader2, Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { sendChannelTestAction } from "@/lib/livepulse/channels/actions";

/** Sends a test through a channel at once and says how it went; the delivery log shows it too. */
export function TestChannelButton({ id, name, disabled }: { id: string; name: string; disabled: boolean }) {
  const t = useTranslations("livepulseChannels.test");
  const errorMessage = useActionErrorMessage();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={pending || disabled}
      aria-label={t("named", { name })}
      title={disabled ? t("disabled") : undefined}
      onClick={async () => {
        setPending(true);
        const result = await sendChannelTestAction({ id });
        setPending(false);
        const error = actionError(result);
        if (error) toast.error(errorMessage(error));
        else if (result?.data?.status === "DELIVERED") toast.success(t("delivered", { name }));
        else toast.error(t("failed", { name, error: result?.data?.lastError ?? "" }));
        router.refresh();
      }}
    >
      {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : <Send aria-hidden="true" />}
      {t("label")}
    </Button>
  );
}
