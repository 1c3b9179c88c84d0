"use client";

import { MailCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { forgotPasswordAction } from "@/lib/accounts/actions";
import { forgotPasswordSchema } from "@/lib/accounts/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

/** Asks for a reset link; the answer says the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("forgotPassword");
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit } = useActionForm(
    (values) => {
      setFormError(null);
      return forgotPasswordAction(values);
    },
    forgotPasswordSchema,
    {
      defaultValues: { email: "" },
      errorMessages: {
        RATE_LIMITED: (error) => t("throttled", { minutes: Math.max(1, Math.ceil(Number(error.meta?.retryAfterSeconds ?? 60) / 60)) }),
      },
      onError: setFormError,
      onSuccess: ({ email }) => setSentTo(email),
    },
  );

  if (sentTo) {
    return (
      <div className="flex flex-col gap-5">
        <Alert variant="success" role="status">
          <MailCheck aria-hidden="true" />
          <AlertTitle>{t("sentTitle")}</AlertTitle>
          <AlertDescription className="break-words">{t("sent", { email: sentTo })}</AlertDescription>
        </Alert>
        <Button
          variant="outline"
          onClick={() => {
            form.reset({ email: "" });
            setSentTo(null);
          }}
        >
          {t("again")}
        </Button>
      </div>
    );
  }

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="flex flex-col gap-5">
      <FormAlert message={formError} />
      <TextField control={form.control} name="email" label={t("email")} type="email" autoComplete="email" inputMode="email" autoFocus />
      <SubmitButton size="lg">{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
