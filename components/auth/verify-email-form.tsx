"use client";

import { CheckCircle2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { verifyEmailAction } from "@/lib/accounts/actions";
import { verifyEmailSchema } from "@/lib/accounts/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

/**
 * Confirms the address with one press. Opening the link alone changes nothing: mail scanners that
 * fetch every link must not verify an address for its owner.
 */
export function VerifyEmailForm({ token }: { token: string }) {
  const t = useTranslations("verifyEmail");
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { form, onSubmit } = useActionForm(
    (values) => {
      setFormError(null);
      return verifyEmailAction(values);
    },
    verifyEmailSchema,
    {
      defaultValues: { token },
      errorMessages: { VALIDATION: t("invalid") },
      onError: setFormError,
      // The page is not read again: its link is spent now, and it would say so instead of this.
      onSuccess: () => setDone(true),
    },
  );

  if (done) {
    return (
      <div className="flex flex-col gap-5">
        <Alert variant="success" role="status">
          <CheckCircle2 aria-hidden="true" />
          <AlertTitle>{t("doneTitle")}</AlertTitle>
          <AlertDescription>{t("done")}</AlertDescription>
        </Alert>
        <Button asChild size="lg">
          {/* A full load: the portal's frame, which the client router keeps, must be read again without its banner. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- that full load is the point */}
          <a href="/hosting">{t("continue")}</a>
        </Button>
      </div>
    );
  }

  const linkError = form.formState.errors.token ? t("invalid") : null;
  return (
    <ActionForm form={form} onSubmit={onSubmit} className="flex flex-col gap-5">
      <FormAlert message={formError ?? linkError} />
      <SubmitButton size="lg">{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
