"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { registerAction } from "@/lib/auth/actions";
import { registerSchema } from "@/lib/auth/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

/** A customer's self-registration; once the account exists they are signed in and sent on. */
export function RegisterForm({ callbackUrl }: { callbackUrl?: string }) {
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
      defaultValues: { name: "", email: "", company: "", password: "", callbackUrl },
      onError: setFormError,
      onSuccess: ({ redirectTo }, { name }) => {
        toast.success(t("welcome", { name }));
        router.replace(redirectTo);
        router.refresh();
      },
    },
  );

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
