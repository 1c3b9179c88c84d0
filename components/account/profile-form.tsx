"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { localeNames } from "@/components/shell/use-change-locale";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Locale } from "@/i18n/locales";
import { updateProfileAction } from "@/lib/account-settings/actions";
import { profileSchema } from "@/lib/account-settings/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";

type Profile = { email: string; name: string; company: string | null; phone: string | null; locale: Locale };

const localeOptions = Object.entries(localeNames).map(([value, label]) => ({ value, label }));

/** Name, company, phone and language; a new language re-renders the whole interface in it. */
export function ProfileForm({ profile }: { profile: Profile }) {
  const t = useTranslations("account.profile");
  const router = useRouter();
  const { form, onSubmit } = useActionForm(updateProfileAction, profileSchema, {
    defaultValues: { name: profile.name, company: profile.company ?? "", phone: profile.phone ?? "", locale: profile.locale },
    onSuccess: (_data, values) => {
      form.reset(values);
      toast.success(t("saved"));
      router.refresh();
    },
  });
  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid items-start gap-4 sm:grid-cols-2">
      <div className="grid gap-2 sm:col-span-2">
        <Label htmlFor="account-email">{t("email")}</Label>
        <Input id="account-email" value={profile.email} readOnly disabled aria-describedby="account-email-hint" />
        <p id="account-email-hint" className="text-sm text-muted-foreground">
          {t("emailHint")}
        </p>
      </div>
      <TextField control={form.control} name="name" label={t("name")} autoComplete="name" className="sm:col-span-2" />
      <TextField control={form.control} name="company" label={t("company")} optional autoComplete="organization" />
      <TextField
        control={form.control}
        name="phone"
        label={t("phone")}
        description={t("phoneHint")}
        optional
        type="tel"
        autoComplete="tel"
      />
      <SelectField control={form.control} name="locale" label={t("locale")} options={localeOptions} />
      <div className="flex items-end justify-end sm:col-span-2">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
