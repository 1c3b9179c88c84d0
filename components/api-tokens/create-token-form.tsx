"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { RadioCardsField } from "@/components/forms/radio-cards-field";
import { TextField } from "@/components/forms/text-field";
import { createTokenAction } from "@/lib/api-tokens/actions";
import { createTokenSchema, tokenExpiries, type CreateTokenInput } from "@/lib/api-tokens/schemas";
import type { Permission } from "@/lib/auth/permissions";
import { useActionForm } from "@/lib/forms/use-action-form";
import type { CreatedToken } from "./token-secret-dialog";

const blank: CreateTokenInput = { name: "", expiry: "30", expiresOn: "", scopes: [] };

/** A new token's name, expiry and scopes (those of the owner's role). */
export function CreateTokenForm({
  scopes,
  onCreated,
  onCancel,
}: {
  scopes: Permission[];
  onCreated: (created: CreatedToken) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("apiTokens");
  const tPermission = useTranslations("permissionNames");
  const { form, onSubmit } = useActionForm(createTokenAction, createTokenSchema, {
    defaultValues: blank,
    onSuccess: (data) => onCreated({ name: data.name, token: data.token }),
  });
  const byDate = form.watch("expiry") === "date";
  useEffect(() => form.setFocus("name"), [form]);

  return (
    <ActionForm form={form} onSubmit={onSubmit} className="grid gap-4">
      <TextField control={form.control} name="name" label={t("name")} description={t("nameHint")} autoComplete="off" maxLength={80} />
      <RadioCardsField
        control={form.control}
        name="expiry"
        label={t("expiry")}
        variant="pills"
        groupClassName="flex flex-wrap gap-2"
        options={tokenExpiries.map((value) => ({ value, label: t(`expiryOptions.${value}`) }))}
      />
      {byDate && (
        <TextField
          control={form.control}
          name="expiresOn"
          label={t("expiresOn")}
          description={t("expiresOnHint")}
          type="date"
          inputClassName="w-48"
        />
      )}
      <CheckboxGroupField
        control={form.control}
        name="scopes"
        label={t("scopes")}
        description={t("scopesHint")}
        allLabel={t("selectAll")}
        groupClassName="sm:grid-cols-2"
        options={scopes.map((scope) => ({
          value: scope,
          label: (
            <>
              {tPermission(scope)} <code className="text-xs text-muted-foreground">{scope}</code>
            </>
          ),
        }))}
      />
      <DialogFormFooter cancel={t("cancel")} submit={t("submit")} submitting={t("creating")} onCancel={onCancel} />
    </ActionForm>
  );
}
