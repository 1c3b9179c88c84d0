"use client";

import { Loader2, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { actionError } from "@/lib/forms/action-error";
import { useActionErrorMessage } from "@/lib/forms/use-action-error-message";
import { resendVerificationAction } from "@/lib/accounts/actions";

/** Asks for the verification email again (a few times an hour at most: past that, the wait is told). */
export function ResendVerificationButton() {
  const t = useTranslations("verifyEmail");
  const errorMessage = useActionErrorMessage();
  const [pending, setPending] = useState(false);
  const resend = async () => {
    setPending(true);
    try {
      const result = await resendVerificationAction();
      if (result?.data) return void toast.success(t("resent", { email: result.data.email }));
      const error = actionError(result);
      if (error?.code === "RATE_LIMITED") {
        const minutes = Math.max(1, Math.ceil(Number(error.meta?.retryAfterSeconds ?? 60) / 60));
        return void toast.error(t("throttled", { minutes }));
      }
      toast.error(error?.code === "CONFLICT" ? t("alreadyVerified") : errorMessage(error));
    } finally {
      setPending(false);
    }
  };
  return (
    <Button variant="outline" size="sm" className="shrink-0 self-start sm:self-auto" disabled={pending} onClick={resend}>
      {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : <Send aria-hidden="true" />}
      {pending ? t("resending") : t("resend")}
    </Button>
  );
}
