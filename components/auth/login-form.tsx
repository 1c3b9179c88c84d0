"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { useCallbackUrl } from "@/components/auth/callback";
import { ActionForm } from "@/components/forms/action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { loginAction } from "@/lib/auth/actions";
import { loginSchema } from "@/lib/auth/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

/** Sign-in; a refusal (wrong password, account disabled, too many attempts) shows above the fields. */
export function LoginForm({ forgotLink }: { forgotLink?: ReactNode }) {
  const callbackUrl = useCallbackUrl();
  const t = useTranslations("auth");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { form, onSubmit, succeeded } = useActionForm(
    (values) => {
      setFormError(null);
      return loginAction(values);
    },
    loginSchema,
    {
      defaultValues: { email: "", password: "", callbackUrl: undefined },
      errorMessages: {
        RATE_LIMITED: (error) => t("throttled", { minutes: Math.max(1, Math.ceil(Number(error.meta?.retryAfterSeconds ?? 60) / 60)) }),
        UNAUTHORIZED: (error) => (error.meta?.reason === "disabled" ? t("accountDisabled") : t("invalidCredentials")),
      },
      onError: (message) => {
        setFormError(message);
        form.setValue("password", "");
        form.setFocus("password");
      },
      onSuccess: ({ redirectTo }) => {
        router.replace(redirectTo);
        router.refresh();
      },
    },
  ); // The way back is known once the browser has read the address (the page is served from cache).
  useEffect(() => {
    if (callbackUrl) form.setValue("callbackUrl", callbackUrl);
  }, [callbackUrl, form]);

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="flex flex-col gap-5">
      <FormAlert message={formError} />
      <TextField control={form.control} name="email" label={t("email")} type="email" autoComplete="email" inputMode="email" autoFocus />
      <TextField control={form.control} name="password" label={t("password")} type="password" autoComplete="current-password" />
      {forgotLink ? (
        // A press on the link keeps the focus where it is: leaving a field would show its error and move the link away.
        <div className="-mt-2 flex justify-end" onMouseDown={(event) => event.preventDefault()}>
          {forgotLink}
        </div>
      ) : null}
      <SubmitButton size="lg" pending={succeeded} pendingLabel={t("submitting")}>
        {t("submitLogin")}
      </SubmitButton>
    </ActionForm>
  );
}
