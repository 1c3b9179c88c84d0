"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateEmailPreferencesAction } from "@/lib/account-settings/actions";
import { emailPreferencesSchema } from "@/lib/account-settings/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";
import type { OptionalEmailCategory } from "@/lib/mail/preferences";

/** The optional emails the user receives, among those their role chooses; security and account mail is always sent. */
export function EmailPreferencesForm({ offered, chosen }: { offered: readonly OptionalEmailCategory[]; chosen: OptionalEmailCategory[] }) {
  const t = useTranslations("account.email");
  const router = useRouter();
  const { form, onSubmit } = useActionForm(updateEmailPreferencesAction, emailPreferencesSchema, {
    defaultValues: { emailCategories: chosen },
    onSuccess: (_data, values) => {
      form.reset(values);
      toast.success(t("saved"));
      router.refresh();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4">
      <CheckboxGroupField
        control={form.control}
        name="emailCategories"
        label={t("label")}
        options={offered.map((category) => ({
          value: category,
          label: t(`categories.${category}.label`),
          description: t(`categories.${category}.hint`),
        }))}
      />
      <p className="rounded-md bg-muted px-3 py-2 text-sm text-muted-foreground">{t("always")}</p>
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
