"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { setPasswordAction } from "@/lib/accounts/actions";
import { setPasswordSchema } from "@/lib/accounts/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

/** A new password, typed twice; then the person signs in with it. */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const { form, onSubmit, succeeded } = useActionForm(
    (values) => {
      setFormError(null);
      return setPasswordAction(values);
    },
    setPasswordSchema,
    {
      defaultValues: { token, password: "", confirm: "" },
      onError: setFormError,
      onSuccess: () => {
        toast.success(t("passwordSet"));
        router.replace("/login");
      },
    },
  );
  // A link spent or expired meanwhile is the token's error: no field shows it, the alert does.
  const linkError = form.formState.errors.token?.message;

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="flex flex-col gap-5">
      <FormAlert message={formError ?? linkError ?? null} />
      <TextField
        control={form.control}
        name="password"
        label={t("newPassword")}
        description={t("passwordHint")}
        type="password"
        autoComplete="new-password"
        autoFocus
      />
      <TextField control={form.control} name="confirm" label={t("confirmPassword")} type="password" autoComplete="new-password" />
      <SubmitButton size="lg" pending={succeeded} pendingLabel={t("submitting")}>
        {t("submitSetPassword")}
      </SubmitButton>
    </ActionForm>
  );
}
