"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { changePasswordAction } from "@/lib/account-settings/actions";
import { passwordChangeSchema } from "@/lib/account-settings/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

const empty = { currentPassword: "", password: "", confirm: "" };

/** The current password, then the new one twice; every other session ends when it is changed. */
export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations("account.password");
  const tAuth = useTranslations("auth");
  const router = useRouter();
  const { form, onSubmit } = useActionForm(changePasswordAction, passwordChangeSchema, {
    defaultValues: empty,
    errorMessages: { RATE_LIMITED: t("rateLimited") },
    onSuccess: (data) => {
      form.reset(empty);
      toast.success(data.endedSessions > 0 ? t("savedEnded", { count: data.endedSessions }) : t("saved"));
      router.refresh();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4">
      {/* The account's email, for password managers that file the new password under it. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField control={form.control} name="currentPassword" label={t("current")} type="password" autoComplete="current-password" />
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <TextField
          control={form.control}
          name="password"
          label={t("new")}
          deps={["confirm"]}
          description={tAuth("passwordHint")}
          type="password"
          autoComplete="new-password"
        />
        <TextField control={form.control} name="confirm" label={t("confirm")} type="password" autoComplete="new-password" />
      </div>
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
