"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useCallbackUrl } from "@/components/auth/callback";
import { ActionForm } from "@/components/forms/action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { registerAction } from "@/lib/auth/actions";
import { registerSchema } from "@/lib/auth/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

/**
 * A customer's self-registration. The new customer is signed in and sent on; an email that already
 * has an account gets the same answer, and the sign-in guard of the destination asks it to sign in.
 */
export function RegisterForm() {
  const callbackUrl = useCallbackUrl();
  const t = useTranslations("auth");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { form, onSubmit, succeeded } = useActionForm(
    (values) => {
      setFormError(null);
      return registerAction(values);
    },
    registerSchema,
    {
      defaultValues: { name: "", email: "", company: "", password: "", callbackUrl: undefined },
      onError: setFormError,
      // No greeting: the answer is the same whether or not the email already had an account.
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
      <TextField control={form.control} name="name" label={t("name")} autoComplete="name" autoFocus />
      <TextField control={form.control} name="email" label={t("email")} type="email" autoComplete="email" inputMode="email" />
      <TextField control={form.control} name="company" label={t("company")} optional autoComplete="organization" />
      <TextField
        control={form.control}
        name="password"
        label={t("password")}
        description={t("passwordHint")}
        type="password"
        autoComplete="new-password"
      />
      <SubmitButton size="lg" pending={succeeded} pendingLabel={t("submitting")}>
        {t("submitRegister")}
      </SubmitButton>
    </ActionForm>
  );
}
