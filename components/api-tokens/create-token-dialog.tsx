"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CreateOrEditTrigger } from "@/components/forms/create-or-edit-trigger";
import { lazyDialogForm } from "@/components/forms/lazy-dialog-form";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { Permission } from "@/lib/auth/permissions";
import { TokenSecretDialog, type CreatedToken } from "./token-secret-dialog";

const CreateTokenForm = lazyDialogForm(() => import("./create-token-form").then((m) => m.CreateTokenForm), "h-[32rem]");

/** "New token": name, expiry and scopes (those of the owner's role), then the secret, shown once. */
export function CreateTokenDialog({ scopes }: { scopes: Permission[] }) {
  const t = useTranslations("apiTokens");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);

  return (
    <>
      <Dialog open={open} onOpenChange={setOpen}>
        <CreateOrEditTrigger newLabel={t("create")} />
        <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-xl">
          <DialogHeader>
            <DialogTitle>{t("createTitle")}</DialogTitle>
            <DialogDescription>{t("createDescription")}</DialogDescription>
          </DialogHeader>
          <CreateTokenForm
            scopes={scopes}
            onCreated={(token) => {
              setOpen(false);
              setCreated(token);
              router.refresh();
            }}
            onCancel={() => setOpen(false)}
          />
        </DialogContent>
      </Dialog>
      <TokenSecretDialog created={created} onClose={() => setCreated(null)} />
    </>
  );
}
