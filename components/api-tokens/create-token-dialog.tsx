"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroupField } from "@/components/forms/checkbox-group-field";
import { CreateOrEditTrigger } from "@/components/forms/create-or-edit-trigger";
import { DialogFormFooter } from "@/components/forms/dialog-form-footer";
import { RadioCardsField } from "@/components/forms/radio-cards-field";
import { TextField } from "@/components/forms/text-field";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { createTokenAction } from "@/lib/api-tokens/actions";
import { createTokenSchema, tokenExpiries, type CreateTokenInput } from "@/lib/api-tokens/schemas";
import type { Permission } from "@/lib/auth/permissions";
import { useActionForm } from "@/lib/forms/use-action-form";
import { TokenSecretDialog, type CreatedToken } from "./token-secret-dialog";

const blank: CreateTokenInput = { name: "", expiry: "30", expiresOn: "", scopes: [] };

/** "New token": name, expiry and scopes (those of the owner's role), then the secret, shown once. */
export function CreateTokenDialog({ scopes }: { scopes: Permission[] }) {
  const t = useTranslations("apiTokens");
  const tPermission = useTranslations("permissionNames");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const { form, onSubmit } = useActionForm(createTokenAction, createTokenSchema, {
    defaultValues: blank,
    onSuccess: (data) => {
      setOpen(false);
      form.reset(blank);
      setCreated({ name: data.name, token: data.token });
      router.refresh();
    },
  });
  const byDate = form.watch("expiry") === "date";

  return (
    <>
      <Dialog open={open} onOpenChange={setOpen}>
        <CreateOrEditTrigger newLabel={t("create")} />
        <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-xl">
          <DialogHeader>
            <DialogTitle>{t("createTitle")}</DialogTitle>
            <DialogDescription>{t("createDescription")}</DialogDescription>
          </DialogHeader>
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
            <DialogFormFooter cancel={t("cancel")} submit={t("submit")} submitting={t("creating")} onCancel={() => setOpen(false)} />
          </ActionForm>
        </DialogContent>
      </Dialog>
      <TokenSecretDialog created={created} onClose={() => setCreated(null)} />
    </>
  );
}
