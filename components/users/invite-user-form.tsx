"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { isLocale, locales } from "@/i18n/locales";
import { useActionForm } from "@/lib/forms/use-action-form";
import { inviteUserAction } from "@/lib/users/actions";
import { inviteUserSchema, staffRoles } from "@/lib/users/schemas";

/** A new team member's name, email, role and language. */
export function InviteUserForm({ onDone }: { onDone: () => void }) {
  const t = useTranslations("users");
  const tRole = useTranslations("roles");
  const locale = useLocale();
  const router = useRouter();
  const { form, onSubmit } = useActionForm(inviteUserAction, inviteUserSchema, {
    defaultValues: { name: "", email: "", role: "SELLER", locale: isLocale(locale) ? locale : "fr" },
    onSuccess: (invited) => {
      toast.success(t("invited", { email: invited.email }));
      onDone();
      router.push(`/admin/users/${invited.id}`);
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4">
      <TextField control={form.control} name="name" label={t("name")} autoComplete="off" autoFocus />
      <TextField control={form.control} name="email" label={t("email")} type="email" autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          control={form.control}
          name="role"
          label={t("role")}
          options={staffRoles.map((value) => ({ value, label: tRole(value) }))}
        />
        <SelectField
          control={form.control}
          name="locale"
          label={t("language")}
          options={locales.map((value) => ({ value, label: t(`languages.${value}`) }))}
        />
      </div>
      <DialogFormFooter cancel={t("cancel")} submit={t("sendInvitation")} submitting={t("sending")} onCancel={onDone} />
    </ActionForm>
  );
}
